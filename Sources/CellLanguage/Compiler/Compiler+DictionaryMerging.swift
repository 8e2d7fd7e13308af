import Diagnostics

extension Compiler {
    /// `Dictionary(pairs, uniquingKeysWith: combine)`: the pairs' keys and values in order, `combine(current, new)`
    /// deciding a key met again (`DictionaryMergingMembers.merge`); the pairs are evaluated first, then `combine`.
    func compileUniquingDictionary(_ arguments: [Argument], at location: SourceLocation) -> Typed {
        let source = compileExpr(arguments[0].value, expected: nil)
        guard case .array(.tuple(let parts)) = source.type, parts.count == 2, parts[0].type.isHashable else {
            cannotGenerate(at: location)
            return .invalid
        }
        let (key, value) = (parts[0].type, parts[1].type)
        let combine = compileFunctionArgument(arguments[1], [value, value], value)
        let pairs = source.value, keying = keyFunction(for: key)
        return Typed(type: .dictionary(key, value), code: .value { frame in
            let entries = try pairs(frame).arrayValue
            guard case .function(let f) = try combine(frame) else { return .void }
            var keys: [Value] = [], values: [Value] = []
            keys.reserveCapacity(entries.count)
            values.reserveCapacity(entries.count)
            for entry in entries {
                let pair = entry.tupleValue
                keys.append(pair[0])
                values.append(pair[1])
            }
            var result = OrderedDictionary(keying: keying)
            try DictionaryMergingMembers.merge(&result, keys: keys, values: values, combine: f, at: location)
            return .dictionary(result)
        })
    }
}
