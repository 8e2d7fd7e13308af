import Diagnostics

extension Compiler {
    /// The compiled cases of a `switch` as boxes, a case ending with `fallthrough` running the next case's body
    /// (and whatever that one falls through to) after its own.
    func withFallthrough(_ compiled: [(matchers: [CaseBox.Matcher], body: (Frame) throws -> Flow)],
                         _ cases: [SwitchCase]) -> [CaseBox] {
        var boxes: [CaseBox] = []
        var following: ((Frame) throws -> Flow)?
        for (index, entry) in compiled.enumerated().reversed() {
            var body = entry.body
            if index < cases.count, cases[index].fallsThrough {
                if let next = following, index + 1 < cases.count {
                    if cases[index + 1].patterns.contains(where: { !DefiniteInitialization.names(in: $0).isEmpty }) {
                        error(.notSupported("fallthrough into a case that binds names"), at: cases[index + 1].location)
                    }
                    let own = body
                    body = { frame in
                        let flow = try own(frame)
                        guard case .normal = flow else { return flow }
                        return try next(frame)
                    }
                } else {
                    error(.notSupported("'fallthrough' in the last case"), at: cases[index].location)
                }
            }
            following = body
            boxes.append(CaseBox(matchers: entry.matchers, body: body))
        }
        return boxes.reversed()
    }
}
