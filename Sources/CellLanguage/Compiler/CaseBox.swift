/// One compiled `switch` case: its pattern tests, optional `where` condition and body, held in classes so the
/// switch calls them directly (closures taken out of arrays or tuples are called through reabstraction thunks).
final class CaseBox {
    /// One pattern's test, which also binds the pattern's names, and its own `where` condition.
    final class Matcher {
        let test: (Frame, Value) throws -> Bool
        let condition: ((Frame) throws -> Bool)?

        init(test: @escaping (Frame, Value) throws -> Bool, condition: ((Frame) throws -> Bool)?) {
            self.test = test
            self.condition = condition
        }
    }

    /// A case's matchers and body before `fallthrough` joins bodies: a class, so the body closure is kept as it is
    /// (in a tuple or an array element it would be wrapped in two reabstraction thunks, run at every match).
    final class Compiled {
        let matchers: [Matcher]
        let body: (Frame) throws -> Flow

        init(matchers: [Matcher], body: @escaping (Frame) throws -> Flow) {
            self.matchers = matchers
            self.body = body
        }
    }

    /// Runs the case when one of its patterns matches (and that pattern's `where` condition holds after its
    /// bindings): the body's flow, or nil when no pattern matched.
    let run: (Frame, Value) throws -> Flow?

    init(matchers: [Matcher], body: @escaping (Frame) throws -> Flow) {
        let matches = CaseBox.anyMatch(matchers[...])
        run = { frame, value in try matches(frame, value) ? try body(frame) : nil }
    }

    /// The cases tried in order, as one closure: the flow of the first case that matches, or nil.
    static func chain(_ cases: [CaseBox]) -> (Frame, Value) throws -> Flow? {
        guard let first = cases.first?.run else { return { _, _ in nil } }
        guard cases.count > 1 else { return first }
        let rest = chain(Array(cases.dropFirst()))
        return { frame, value in
            if let flow = try first(frame, value) { return flow }
            return try rest(frame, value)
        }
    }

    /// Whether any pattern matches, each followed by its own `where` condition.
    private static func anyMatch(_ matchers: ArraySlice<Matcher>) -> (Frame, Value) throws -> Bool {
        guard let first = matchers.first else { return { _, _ in false } }
        let test = first.test
        let matchesHere: (Frame, Value) throws -> Bool
        if let condition = first.condition {
            matchesHere = { frame, value in try test(frame, value) && condition(frame) }
        } else {
            matchesHere = test
        }
        guard matchers.count > 1 else { return matchesHere }
        let rest = anyMatch(matchers.dropFirst())
        return { frame, value in try matchesHere(frame, value) || rest(frame, value) }
    }
}
