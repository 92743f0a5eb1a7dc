/// A rule instance ready to fire is the token that reached the rule's terminal node: its activation
/// data (rule, salience, stamp) lives in ``Token``, so an activation costs no extra object.
typealias Activation = Token
