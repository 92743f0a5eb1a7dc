import RuleEngine
import RuleLanguage
import Testing

/// A callback that calls the engine back while it propagates gets an error, and working memory
/// stays as the run left it: the invariant behind the engine's unchecked exclusive access.
@Suite struct ReentrancyTests {
    static let source = """
        template item { n: integer }
        template done { n: integer }
        facts
          item(n: 1)
          item(n: 2)
        end
        rule mark
          when
            item(n: $n)
          then
            assert done(n: $n)
            print "marked " $n
        end
        """

    @Test func aWatcherThatAssertsDuringARunIsRefused() throws {
        let (engine, _) = try engine(Self.source)
        final class Errors { var seen: [EngineError] = [] }
        let errors = Errors()
        let item = try #require(engine.program.templateIndex("item"))
        engine.watcher = { event in
            if case .ruleFired = event {
                do throws(EngineError) {
                    _ = try engine.assert(template: item, slots: [.integer(99)])
                } catch {
                    errors.seen.append(error)
                }
                do throws(EngineError) { _ = try engine.run() } catch { errors.seen.append(error) }
                do throws(EngineError) { _ = try engine.retract(id: 1) } catch { errors.seen.append(error) }
                do throws(EngineError) { try engine.reset() } catch { errors.seen.append(error) }
            }
        }
        let fired = try engine.run()
        #expect(fired == 2)
        #expect(errors.seen.count == 8)
        #expect(errors.seen.first == .reentrant(operation: "assert"))
        #expect(Set(errors.seen.map(\.description)).count == 4)
        // Nothing the callback tried reached working memory: two items, two marks.
        #expect(engine.facts.count == 4)
        #expect(!engine.facts.contains { $0.slots == [.integer(99)] })
        // After the run, the engine takes calls again.
        engine.watcher = nil
        _ = try engine.assert(template: item, slots: [.integer(3)])
        #expect(try engine.run() == 1)
    }

    @Test func printOutputThatRunsTheEngineIsRefused() throws {
        let (engine, _) = try engine(Self.source)
        final class Seen { var errors: [String] = [] }
        let seen = Seen()
        engine.output = { _ in
            do throws(EngineError) { _ = try engine.run() } catch { seen.errors.append(error.description) }
        }
        #expect(try engine.run() == 2)
        #expect(seen.errors.count == 2)
        #expect(seen.errors.allSatisfy { $0.hasPrefix("'run' was called from inside the engine") })
    }
}
