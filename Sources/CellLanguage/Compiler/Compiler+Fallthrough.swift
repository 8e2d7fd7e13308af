import Diagnostics

extension Compiler {
    /// The compiled cases of a `switch` as boxes, a case ending with `fallthrough` running the next case's body
    /// (and whatever that one falls through to) after its own.
    func withFallthrough(_ compiled: [CaseBox.Compiled], _ cases: [SwitchCase]) -> [CaseBox] {
        var boxes: [CaseBox] = []
        var following: ((Frame) throws -> Flow)?
        for (index, entry) in compiled.enumerated().reversed() {
            var body = entry.body
            if index < cases.count, cases[index].fallsThrough {
                // (A `fallthrough` nbrun refuses is the checker's: into a case that binds names, out of the last case.)
                if let next = following, index + 1 < cases.count {
                    let own = body
                    body = { frame in
                        let flow = try own(frame)
                        guard case .normal = flow else { return flow }
                        return try next(frame)
                    }
                }
            }
            following = body
            boxes.append(CaseBox(matchers: entry.matchers, body: body))
        }
        return boxes.reversed()
    }
}
