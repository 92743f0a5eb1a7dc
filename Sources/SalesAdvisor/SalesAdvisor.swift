/// The sales domain: knowledge-base loading and reports (coming with the knowledge-base issue).
public enum SalesAdvisor {
    /// The bundled knowledge base is not there yet.
    public static let isAvailable = false
}
