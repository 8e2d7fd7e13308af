/// swiftc's matching of a call's labelled arguments to parameters (`matchCallArgumentsImpl` in swiftc's
/// `CSSimplify.cpp`, without variadic parameters or trailing closures), for the two mistakes it words from the whole
/// matching: an argument written out of order (`f(b: 1, a: 2)`: `argument 'a' must precede argument 'b'`) and labels
/// that differ from the parameters' (`m(1, 2)` for `m(_:scale:)`: `missing argument label 'scale:' in call`).
struct SwiftcArgumentMatcher {
    /// What the matching concludes.
    enum Verdict: Equatable {
        /// The arguments fit the parameters in order, or a missing or extra argument is the mistake (worded by the
        /// caller, `ArgumentMatch.match`).
        case other
        /// The argument at `moved` belongs before the one at `before` (indices into the arguments).
        case outOfOrder(moved: Int, before: Int)
        /// Every argument has a parameter, but the labels written are not these.
        case relabel([String?])
    }

    let parameters: [ParameterShape]
    let labels: [String?]
    private var bindings: [[Int]]
    private var claimed: [Bool]
    private var claimedCount = 0
    private var relabelled: [String?]? = nil
    private var potentiallyOutOfOrder = false

    /// A matcher of arguments with these labels to `parameters`.
    init(_ parameters: [ParameterShape], labels: [String?]) {
        self.parameters = parameters
        self.labels = labels
        bindings = Array(repeating: [], count: parameters.count)
        claimed = Array(repeating: false, count: labels.count)
    }

    /// The verdict on a call's arguments (`.other` for trailing closures, which this matching leaves to the caller).
    static func verdict(_ parameters: [ParameterShape], _ arguments: [Argument]) -> Verdict {
        guard !arguments.contains(where: \.isTrailingClosure) else { return .other }
        var matcher = SwiftcArgumentMatcher(parameters, labels: arguments.map(\.label))
        return matcher.match()
    }

    /// The indices of the arguments swiftc's binding leaves unclaimed (by label, by a typo of a label, then in order
    /// ignoring names): the extra arguments it reports.
    static func unclaimedArguments(_ parameters: [ParameterShape], _ arguments: [Argument]) -> [Int] {
        var matcher = SwiftcArgumentMatcher(parameters, labels: arguments.map(\.label))
        var next = 0
        for index in parameters.indices where matcher.bindings[index].isEmpty { matcher.bindNext(index, &next, ignoringNames: false) }
        if matcher.claimedCount != arguments.count {
            matcher.claimByTypo()
            next = 0
            for index in parameters.indices where matcher.bindings[index].isEmpty { matcher.bindNext(index, &next, ignoringNames: true) }
        }
        return arguments.indices.filter { !matcher.claimed[$0] }
    }

    /// Binds arguments to parameters as swiftc does, then looks for an argument out of order or labels to change.
    mutating func match() -> Verdict {
        var next = 0
        for index in parameters.indices where bindings[index].isEmpty { bindNext(index, &next, ignoringNames: false) }
        if claimedCount != labels.count {
            claimByTypo()
            if claimedCount != labels.count {
                next = 0
                for index in parameters.indices where bindings[index].isEmpty { bindNext(index, &next, ignoringNames: true) }
            }
            if labels.count == parameters.count {
                for index in labels.indices where !claimed[index] && bindings[index].isEmpty && !parameters[index].hasDefault {
                    bindings[index].append(claim(parameters[index].label, index))
                }
            }
            // Extra arguments: swiftc reports those (and neither an order nor labels).
            if claimedCount != labels.count { return .other }
            potentiallyOutOfOrder = true
        }
        // Missing arguments: the same.
        if parameters.indices.contains(where: { bindings[$0].isEmpty && !parameters[$0].hasDefault }) { return .other }
        if potentiallyOutOfOrder, let verdict = orderVerdict() { return verdict }
        return relabelled.map { .relabel($0) } ?? .other
    }

    /// Claims the argument at `index` for a parameter labelled `expected`, recording the labels once one differs.
    private mutating func claim(_ expected: String?, _ index: Int) -> Int {
        if relabelled != nil {
            relabelled?[index] = expected
        } else if labels[index] != expected {
            var names = [String?](repeating: nil, count: labels.count)
            for (parameter, bound) in bindings.enumerated() {
                for (offset, argument) in bound.enumerated() { names[argument] = offset == 0 ? parameters[parameter].label : nil }
            }
            names[index] = expected
            relabelled = names
        }
        claimed[index] = true
        claimedCount += 1
        return index
    }

    /// The next unclaimed argument labelled `label` (swiftc's `claimNextNamed`): the next one, a later labelled one
    /// (out of order), or, ignoring names, the next one when it or the parameter has no label.
    private mutating func claimNext(_ next: inout Int, _ label: String?, ignoringNames: Bool) -> Int? {
        while next < labels.count, claimed[next] { next += 1 }
        guard claimedCount != labels.count else { return nil }
        for index in next..<labels.count where labels[index] == label && !claimed[index] {
            if index != next {
                if label == nil { continue }
                potentiallyOutOfOrder = true
            }
            return claim(label, index)
        }
        if ignoringNames, next < labels.count, label == nil || labels[next] == nil { return claim(label, next) }
        return nil
    }

    /// Binds the parameter at `index` to the next argument that fits it, if any.
    private mutating func bindNext(_ index: Int, _ next: inout Int, ignoringNames: Bool) {
        if let argument = claimNext(&next, parameters[index].label, ignoringNames: ignoringNames) { bindings[index].append(argument) }
    }

    /// Gives each unclaimed labelled argument to the unfulfilled labelled parameter its label is closest to, when the
    /// label looks like a typo of it (swiftc's `scoreParamAndArgNameTypo`).
    private mutating func claimByTypo() {
        var unfulfilled = parameters.indices.filter { bindings[$0].isEmpty && parameters[$0].label != nil }
        for argument in labels.indices where !claimed[argument] {
            guard let written = labels[argument], !unfulfilled.isEmpty else { continue }
            var best: (score: Int, slot: Int)? = nil
            for (slot, parameter) in unfulfilled.enumerated() {
                guard let label = parameters[parameter].label,
                      let score = Self.typoScore(label, written, limit: best?.score) else { continue }
                if best == nil || score < best!.score { best = (score, slot) }
            }
            guard let best else { continue }
            let parameter = unfulfilled.remove(at: best.slot)
            bindings[parameter].append(claim(parameters[parameter].label, argument))
        }
    }

    /// How close `written` is to `label` as a typo (the edit distance, 1 for equal), or nil when too far.
    static func typoScore(_ label: String, _ written: String, limit: Int?) -> Int? {
        let distance = editDistance(Array(written), Array(label))
        if let limit, distance > limit { return nil }
        if distance == 0 { return 1 }
        if label.count == 1, written.count == 1 { return distance }
        return distance > (written.count + 1) / 3 ? nil : distance
    }

    private static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        var row = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var previous = row[0]
            row[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let saved = row[j]
                row[j] = a[i - 1] == b[j - 1] ? previous : min(previous, row[j], row[j - 1]) + 1
                previous = saved
            }
        }
        return row[b.count]
    }

    /// swiftc's check of the bindings' order: the first argument bound away from its place is out of order when
    /// moving it is all it takes, else every label is to change; nil when all are in place.
    private func orderVerdict() -> Verdict? {
        var positions: [Int] = []
        var position = 0
        for bound in bindings {
            positions.append(position)
            position += bound.count
        }
        var hadLabelMismatch = false
        for (parameter, bound) in bindings.enumerated() {
            let target = positions[parameter]
            for argument in bound {
                // A label missing or extraneous, or wrong in place, is a label to change (not an order).
                let expected = parameters[parameter].label, written = labels[argument]
                if written != expected, expected == nil || written == nil || argument == target { hadLabelMismatch = true }
                if argument == target { continue }
                if !hadLabelMismatch, isOutOfOrder(parameter, from: argument, to: target) {
                    return .outOfOrder(moved: argument, before: target)
                }
                return .relabel(parameters.map(\.label))
            }
        }
        return nil
    }

    /// Whether the argument at `from`, bound to `parameter`, only needs to move to `to` (swiftc's
    /// `isOutOfOrderArgument`): its label is the parameter's, and the label of the argument at `to` is that of a
    /// later parameter with only defaulted ones between.
    private func isOutOfOrder(_ parameter: Int, from: Int, to: Int) -> Bool {
        guard from > to, labels[from] == parameters[parameter].label else { return false }
        for later in parameters.indices.dropFirst(parameter + 1) {
            if parameters[later].label == labels[to] { return true }
            if !parameters[later].hasDefault { return false }
        }
        return false
    }
}
