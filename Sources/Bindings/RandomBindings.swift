import CellLanguage
import SeededRandom

/// `Random`: the NumPy-compatible seeded generator for cells.
///
/// In the library `Random` is a value type used through `inout`; cells have no `inout`, so a cell's `Random`
/// is a shared reference (a class box): `let b = rng` draws from the same stream as `rng`.
///
/// ```swift
/// let rng = Random(seed: 42)
/// let xs = rng.uniform(0.2, 10.0, count: 40)
/// let noise = rng.normal(mean: 0, standardDeviation: 0.5, count: 40)
/// ```
enum RandomBindings {
    /// A generator as cells hold it: one shared, mutable stream.
    final class RandomBox: CustomStringConvertible {
        var random: Random
        let seed: UInt32
        init(seed: UInt32) {
            self.seed = seed
            random = Random(seed: seed)
        }
        var description: String { "Random(seed: \(seed))" }
    }

    static func install(in interpreter: Interpreter) {
        interpreter.register(randomType())
    }

    /// The generator argument at `index`.
    static func box(_ call: NativeCall, _ index: Int) throws -> RandomBox {
        try call.object(index, as: RandomBox.self)
    }

    private static func randomType() -> NativeType {
        let type = NativeType(name: "Random")
        type.addInitializer(parameters: [NativeParameter("seed", .int, default: .int(0))]) { call in
            .native(RandomBox(seed: try BindingSupport.seed(try call.int(0))))
        }
        func rng(_ call: NativeCall) throws -> RandomBox { try call.receiver(as: RandomBox.self) }
        type.addProperty("seed", type: .int) { object in .int(Int((object as? RandomBox)?.seed ?? 0)) }
        type.addMethod("nextDouble", parameters: [], returns: .double) { call in
            .double(try rng(call).random.nextDouble())
        }
        // uniform: labelled like the library, and unlabelled like NumPy's uniform(low, high, size).
        for labels in [("low", "high"), (nil, nil)] as [(String?, String?)] {
            type.addMethod("uniform", parameters: [
                NativeParameter(labels.0, .double, default: .double(0)),
                NativeParameter(labels.1, .double, default: .double(1)),
            ], returns: .double) { call in
                let (low, high) = try bounds(call)
                return .double(try rng(call).random.uniform(low: low, high: high))
            }
            type.addMethod("uniform", parameters: [
                NativeParameter(labels.0, .double, default: .double(0)),
                NativeParameter(labels.1, .double, default: .double(1)),
                NativeParameter("count", .int),
            ], returns: .array(.double)) { call in
                let (low, high) = try bounds(call)
                let count = try call.int(2)
                try BindingSupport.checkCount(count, "uniform")
                return .doubles(try rng(call).random.uniform(low: low, high: high, count: count))
            }
        }
        // normal: `standardDeviation` as in the library, `std` as in NumPy-style lessons.
        for label in ["standardDeviation", "std"] {
            type.addMethod("normal", parameters: [
                NativeParameter("mean", .double, default: .double(0)), NativeParameter(label, .double, default: .double(1)),
            ], returns: .double) { call in
                .double(try rng(call).random.normal(mean: try call.double(0), standardDeviation: try deviation(call, 1)))
            }
            type.addMethod("normal", parameters: [
                NativeParameter("mean", .double, default: .double(0)), NativeParameter(label, .double, default: .double(1)),
                NativeParameter("count", .int),
            ], returns: .array(.double)) { call in
                let count = try call.int(2)
                try BindingSupport.checkCount(count, "normal")
                return .doubles(try rng(call).random.normal(mean: try call.double(0),
                                                            standardDeviation: try deviation(call, 1), count: count))
            }
        }
        for rangeType in [CType.range, .closedRange] {
            type.addMethod("integer", parameters: [NativeParameter("in", rangeType)], returns: .int) { call in
                let range = try BindingSupport.range(call, 0)
                return .int(try BindingSupport.guarded { try rng(call).random.integer(in: range) })
            }
            type.addMethod("integers", parameters: [NativeParameter("in", rangeType), NativeParameter("count", .int)],
                           returns: .array(.int)) { call in
                let range = try BindingSupport.range(call, 0), count = try call.int(1)
                try BindingSupport.checkCount(count, "integers")
                return .ints(try BindingSupport.guarded { try rng(call).random.integers(in: range, count: count) })
            }
        }
        type.addMethod("permutation", parameters: [NativeParameter(nil, .int)], returns: .array(.int)) { call in
            let count = try call.int(0)
            try BindingSupport.checkCount(count, "permutation")
            return .ints(try rng(call).random.permutation(count))
        }
        for element in [CType.double, .int, .string, .bool] {
            type.addMethod("shuffled", parameters: [NativeParameter(nil, .array(element))], returns: .array(element)) { call in
                guard case .array(let values) = try call.argument(0) else { throw NativeError("expected an array") }
                return .array(try rng(call).random.shuffled(values))
            }
            type.addMethod("element", parameters: [NativeParameter("of", .array(element))], returns: element) { call in
                guard case .array(let values) = try call.argument(0) else { throw NativeError("expected an array") }
                return try BindingSupport.guarded { try rng(call).random.element(of: values) }
            }
            // choice(from:count:replace:) and with weights:, as NumPy's legacy RandomState.choice.
            for weighted in [false, true] {
                type.addMethod("choice", parameters: [
                    NativeParameter("from", .array(element)), NativeParameter("count", .int),
                    NativeParameter("replace", .bool, default: .bool(true)),
                ] + (weighted ? [NativeParameter("weights", .array(.double))] : []), returns: .array(element)) { call in
                    guard case .array(let values) = try call.argument(0) else { throw NativeError("expected an array") }
                    let count = try call.int(1), replace = try call.bool(2), weights = weighted ? try call.doubles(3) : nil
                    try BindingSupport.checkCount(count, "choice")
                    return .array(try BindingSupport.guarded {
                        try rng(call).random.choice(from: values, count: count, replace: replace, weights: weights)
                    })
                }
            }
        }
        type.addMethod("choice", parameters: [NativeParameter("weights", .array(.double))], returns: .int) { call in
            let weights = try call.doubles(0)
            return .int(try BindingSupport.guarded { try rng(call).random.choice(weights: weights) })
        }
        type.addMethod("choice", parameters: [NativeParameter("weights", .array(.double)), NativeParameter("count", .int)],
                       returns: .array(.int)) { call in
            let weights = try call.doubles(0), count = try call.int(1)
            try BindingSupport.checkCount(count, "choice")
            return .ints(try BindingSupport.guarded { try rng(call).random.choice(weights: weights, count: count) })
        }
        return type
    }

    private static func bounds(_ call: NativeCall) throws -> (Double, Double) {
        let low = try call.double(0), high = try call.double(1)
        guard low.isFinite, high.isFinite, low <= high else {
            throw NativeError("uniform: need finite bounds with low ≤ high, got \(low) and \(high)")
        }
        return (low, high)
    }

    private static func deviation(_ call: NativeCall, _ index: Int) throws -> Double {
        let value = try call.double(index)
        guard value >= 0, value.isFinite else {
            throw NativeError("normal: the standard deviation must be finite and non-negative, got \(value)")
        }
        return value
    }
}
