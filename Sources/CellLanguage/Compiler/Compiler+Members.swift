import Diagnostics
import Foundation

extension Compiler {
    // MARK: Properties

    /// Compiles `base.name` (or `.name` with a contextual type).
    func compileMember(_ base: Expr?, _ name: String, expected: CType?, at location: SourceLocation) -> Typed {
        guard let base else {
            if case .user(let type)? = expected?.unwrapped {
                if let member = compileStaticMember(type, name, at: location) { return member }
                error("type '\(type.name)' has no member '\(name)'", at: location)
                return .invalid
            }
            switch expected {
            case .constants(let typeName)?:
                return constant(typeName, name, at: location)
            case .double?:
                return staticMember(.double, name, at: location) ?? .invalid
            case .int?:
                return staticMember(.int, name, at: location) ?? .invalid
            default:
                error("cannot infer contextual base in reference to member '\(name)'", at: location)
                return .invalid
            }
        }
        if case .name(let typeName) = base.kind, scope.lookup(typeName) == nil, implicitSelfMember(typeName, at: location) == nil {
            if let type = userTypes[typeName] {
                if let member = compileStaticMember(type, name, at: location) { return member }
                let notes = NameSuggester.suggestion(for: name, among: type.cases.map(\.name) + Array(type.staticFields.keys))
                    .map { ["did you mean '\($0)'?"] } ?? []
                error("type '\(typeName)' has no member '\(name)'", at: location, notes: notes)
                return .invalid
            }
            if let type = builtinType(named: typeName) {
                if let member = staticMember(type, name, at: location) { return member }
                return .invalid
            }
            if registry.constants[typeName] != nil {
                return constant(typeName, name, at: location)
            }
        }
        if let slot = variableSlot(base), let inPlace = compileInPlaceMember(slot, compileExprTypeOnly(base), name) {
            return inPlace
        }
        if let variable = unpackedVariable(base), let (_, slot, _, type) = unpackedField(base, name) {
            return wordRead(type, level: variable.level, slot: slot)
        }
        if let inPlace = compileInPlaceElementField(base, name) { return inPlace }
        let receiver = compileExpr(base, expected: nil)
        let value = receiver.value
        switch (receiver.type, name) {
        case (.array, "count"), (.string, "count"):
            if receiver.type == .string {
                return Typed(type: .int, code: .int { CharacterCount.of(try value($0).stringValue) })
            }
            return Typed(type: .int, code: .int { try value($0).arrayValue.count })
        case (.array, "isEmpty"):
            return Typed(type: .bool, code: .bool { try value($0).arrayValue.isEmpty })
        case (.string, "isEmpty"):
            return Typed(type: .bool, code: .bool { try value($0).stringValue.isEmpty })
        case (.string, "first"):
            return Typed(type: .optional(.character), code: .value { try value($0).stringValue.first.map { .string(String($0)) } ?? .none })
        case (.string, "last"):
            return Typed(type: .optional(.character), code: .value { try value($0).stringValue.last.map { .string(String($0)) } ?? .none })
        case (.character, _) where Compiler.characterProperties[name] != nil:
            // Decided here, from the table: no name comparison when the cell runs.
            let property = Compiler.characterProperties[name]!
            return Typed(type: .bool, code: .bool { frame in
                guard let character = try value(frame).stringValue.first else { return false }
                return property(character)
            })
        case (.character, "wholeNumberValue"):
            return Typed(type: .optional(.int), code: .value { frame in
                try value(frame).stringValue.first?.wholeNumberValue.map(Value.int) ?? .none
            })
        case (.array(let element), "first"):
            return Typed(type: .optional(element), code: .value { try value($0).arrayValue.first ?? .none })
        case (.array(let element), "last"):
            return Typed(type: .optional(element), code: .value { try value($0).arrayValue.last ?? .none })
        case (.array, "lazy"):
            // Lazy sequences compute the same elements; nbrun computes them eagerly.
            return receiver
        case (.range, "lazy"), (.closedRange, "lazy"):
            return Typed(type: .array(.int), code: .value { frame in
                guard case .range(let lower, let upper, let closed) = try value(frame) else { return .array([]) }
                return .array(try AllocationLimit.rangeElements(lower, upper, closed: closed, at: location))
            })
        case (.array, "indices"):
            return Typed(type: .range, code: .value { .range(0, try value($0).arrayValue.count, closed: false) })
        case (.doubleRange, "lowerBound"), (.doubleClosedRange, "lowerBound"), (.doubleRange, "upperBound"),
             (.doubleClosedRange, "upperBound"):
            let lowerBound = name == "lowerBound"
            return Typed(type: .double, code: .double { frame in
                if case .doubleRange(let lower, let upper, _) = try value(frame) { return lowerBound ? lower : upper }
                return 0
            })
        case (.range, "lowerBound"), (.closedRange, "lowerBound"):
            return Typed(type: .int, code: .int { frame in
                if case .range(let lower, _, _) = try value(frame) { return lower }
                return 0
            })
        case (.range, "upperBound"), (.closedRange, "upperBound"):
            return Typed(type: .int, code: .int { frame in
                if case .range(_, let upper, _) = try value(frame) { return upper }
                return 0
            })
        case (.range, "count"), (.closedRange, "count"):
            return Typed(type: .int, code: .int { frame in
                if case .range(let lower, let upper, let closed) = try value(frame) {
                    return try RangeArithmetic.count(lower, upper, closed: closed, at: location)
                }
                return 0
            })
        case (.range, "isEmpty"), (.closedRange, "isEmpty"):
            return Typed(type: .bool, code: .bool { frame in
                if case .range(let lower, let upper, let closed) = try value(frame) { return closed ? lower > upper : lower >= upper }
                return true
            })
        case (.double, "isNaN"):
            let x = receiver.double
            return Typed(type: .bool, code: .bool { try x($0).isNaN })
        case (.double, "isFinite"):
            let x = receiver.double
            return Typed(type: .bool, code: .bool { try x($0).isFinite })
        case (.double, "isInfinite"):
            let x = receiver.double
            return Typed(type: .bool, code: .bool { try x($0).isInfinite })
        case (.double, "magnitude"):
            let x = receiver.double
            return Typed(type: .double, code: .double { try x($0).magnitude })
        case (.int, "description"), (.double, "description"), (.bool, "description"):
            let describe = describer(receiver)
            return Typed(type: .string, code: .value { .string(try describe($0)) })
        case (.set, "count"):
            return Typed(type: .int, code: .int { try value($0).setStorage.count })
        case (.set, "isEmpty"):
            return Typed(type: .bool, code: .bool { try value($0).setStorage.count == 0 })
        case (.dictionary(let key, let valueType), _):
            if let property = compileDictionaryProperty(receiver, key, valueType, name) { return property }
        case (.tuple(let elements), _):
            if let index = tupleIndex(elements, name) {
                return Typed.fromValue(elements[index].type) { frame in
                    let values = try value(frame).tupleValue
                    return index < values.count ? values[index] : .void
                }
            }
        case (.user(let type), _):
            if let member = compileInstanceMember(receiver, type, name, at: location) { return member }
            let candidates = type.fields.map(\.name) + Array(type.computed.keys) + Array(type.methods.keys)
            let notes = NameSuggester.suggestion(for: name, among: candidates).map { ["did you mean '\($0)'?"] } ?? []
            error("value of type '\(type.name)' has no member '\(name)'", at: location, notes: notes)
            return .invalid
        case (.native(let typeName), _):
            if let property = registry.types[typeName]?.properties[name] {
                return Typed.fromValue(property.type) { frame in
                    guard case .native(let object) = try value(frame) else { return .void }
                    do {
                        return try property.get(object)
                    } catch let failure as NativeError {
                        throw RuntimeError(message: failure.message, location: location)
                    }
                }
            }
        case (.optional, _):
            error("value of optional type '\(receiver.type)' must be unwrapped to refer to member '\(name)' of wrapped base type '\(receiver.type.unwrapped)'",
                  at: location)
            return .invalid
        default:
            break
        }
        if !receiver.type.hasError {
            error("\(Compiler.valueOfType(receiver.type)) has no member '\(name)'", at: location,
                  notes: memberSuggestion(name, for: receiver.type))
        }
        return .invalid
    }

    /// How swiftc names a value of `type` in "has no member" errors (`value of tuple type '(x: Int)'`).
    static func valueOfType(_ type: CType) -> String {
        if case .tuple = type { return "value of tuple type '\(type)'" }
        return "value of type '\(type)'"
    }

    /// A `did you mean` note for a misspelt member of a built-in or native type.
    func memberSuggestion(_ name: String, for type: CType) -> [String] {
        var candidates: [String]
        switch type {
        case .array, .range, .closedRange:
            candidates = ["count", "isEmpty", "first", "last", "indices", "append", "insert", "remove", "removeLast",
                          "removeFirst", "removeAll", "popLast", "swapAt", "sort", "reverse", "map", "filter", "reduce",
                          "forEach", "sorted", "reversed", "contains", "allSatisfy", "firstIndex", "lastIndex", "min", "max",
                          "joined", "prefix", "suffix", "dropFirst", "dropLast", "enumerated", "compactMap", "flatMap",
                          "lazy", "starts", "elementsEqual"]
        case .string:
            candidates = ["count", "isEmpty", "first", "last", "uppercased", "lowercased", "hasPrefix", "hasSuffix",
                          "contains", "split", "components", "replacingOccurrences", "trimmingCharacters", "append", "map",
                          "filter", "sorted", "reversed", "prefix", "suffix", "dropFirst", "dropLast"]
        case .double:
            candidates = ["rounded", "squareRoot", "truncatingRemainder", "isNaN", "isFinite", "isInfinite", "magnitude",
                          "description"]
        case .int:
            candidates = ["isMultiple", "description"]
        case .dictionary:
            candidates = ["count", "isEmpty", "keys", "values", "removeValue", "updateValue", "removeAll", "mapValues",
                          "filter", "map", "sorted", "forEach", "contains"]
        case .set:
            candidates = ["count", "isEmpty", "contains", "insert", "remove", "union", "intersection", "subtracting",
                          "symmetricDifference", "isSubset", "isSuperset", "isDisjoint", "formUnion", "subtract", "sorted"]
        case .native(let typeName):
            let native = registry.types[typeName]
            candidates = Array(native?.methods.keys ?? [:].keys) + Array(native?.properties.keys ?? [:].keys)
        default:
            candidates = []
        }
        return NameSuggester.suggestion(for: name, among: candidates).map { ["did you mean '\($0)'?"] } ?? []
    }

    private func constant(_ typeName: String, _ name: String, at location: SourceLocation) -> Typed {
        guard let cases = registry.constants[typeName], cases.contains(name) else {
            let notes = NameSuggester.suggestion(for: name, among: registry.constants[typeName] ?? []).map { ["did you mean '\($0)'?"] } ?? []
            error("type '\(typeName)' has no member '\(name)'", at: location, notes: notes)
            return .invalid
        }
        return Typed(type: .constants(typeName), code: .value { _ in .constant(typeName, name) })
    }

    private func staticMember(_ type: CType, _ name: String, at location: SourceLocation) -> Typed? {
        switch (type, name) {
        case (.double, "pi"): return Typed(type: .double, code: .double { _ in Double.pi })
        case (.double, "infinity"): return Typed(type: .double, code: .double { _ in Double.infinity })
        case (.double, "nan"): return Typed(type: .double, code: .double { _ in Double.nan })
        case (.double, "greatestFiniteMagnitude"): return Typed(type: .double, code: .double { _ in Double.greatestFiniteMagnitude })
        case (.double, "leastNonzeroMagnitude"): return Typed(type: .double, code: .double { _ in Double.leastNonzeroMagnitude })
        case (.double, "ulpOfOne"): return Typed(type: .double, code: .double { _ in Double.ulpOfOne })
        case (.int, "max"): return Typed(type: .int, code: .int { _ in Int.max })
        case (.int, "min"): return Typed(type: .int, code: .int { _ in Int.min })
        default:
            error("type '\(type)' has no member '\(name)'", at: location)
            return nil
        }
    }

    // MARK: Methods

    private static let mutatingArrayMethods: Set<String> = [
        "append", "insert", "remove", "removeLast", "removeFirst", "removeAll", "swapAt", "sort", "reverse", "popLast",
    ]

    /// Collection methods a String answers as the array of its Characters.
    static let characterCollectionMethods: Set<String> = [
        "map", "filter", "reduce", "forEach", "sorted", "reversed", "allSatisfy", "first", "enumerated", "compactMap",
        "min", "max", "prefix", "suffix", "dropFirst", "dropLast", "firstIndex", "lastIndex",
    ]

    /// A String value seen as `[Character]`.
    static func charactersOf(_ typed: Typed) -> Typed {
        let code = typed.value
        return Typed(type: .array(.character), code: .value { frame in
            .array(try code(frame).stringValue.map { .string(String($0)) })
        })
    }

    /// The label a trailing closure stands for, per method (`xs.sorted { … }` is `sorted(by:)`).
    static let trailingClosureLabels: [String: String] = [
        "sorted": "by", "sort": "by", "contains": "where", "first": "where", "firstIndex": "where", "last": "where",
        "lastIndex": "where", "count": "where", "removeAll": "where",
        "min": "by", "max": "by",
    ]

    /// Compiles `base.name(arguments)`.
    func compileMethodCall(_ base: Expr, _ name: String, _ arguments: [Argument], expected: CType?,
                           at location: SourceLocation) -> Typed {
        let openingParen = wrongLabelLocation
        if case .name(let typeName) = base.kind, scope.lookup(typeName) == nil, let type = userTypes[typeName] {
            if let index = type.caseIndex(name) { return compileEnumConstruction(type, index, arguments, at: location) }
            if let statics = type.staticMethods[name] {
                guard let (info, _) = selectOverload(statics, arguments, at: location) else { return .invalid }
                return compileMemberCall(info, receiver: nil, arguments, at: location)
            }
            if type.staticFields[name] != nil || type.staticComputed[name] != nil,
               let closure = compileStaticMember(type, name, at: location) {
                // `Type.handler(x)`: a static property holding a closure.
                return compileValueCall(closure, arguments, at: location, openingParen: openingParen)
            }
            error("type '\(typeName)' has no member '\(name)'", at: location)
            return .invalid
        }
        if case .name(let typeName) = base.kind, scope.lookup(typeName) == nil, builtinType(named: typeName) != nil {
            error("type '\(typeName)' has no member '\(name)'", at: location)
            return .invalid
        }
        let staticBaseType = compileExprTypeOnly(base)
        if let closure = compileStoredClosureCall(base, staticBaseType, name, arguments, at: location, openingParen: openingParen) {
            return closure
        }
        if case .user(let type) = staticBaseType, let methods = type.methods[name] {
            guard let (info, _) = selectOverload(methods.map { method in
                // Overloads are chosen by the labels after `self`.
                FunctionInfo.withoutSelf(method)
            }, arguments, at: location) else { return .invalid }
            guard let method = methods.first(where: { FunctionInfo.withoutSelf($0).parameters.map(\.label) == info.parameters.map(\.label) }) else {
                return .invalid
            }
            if method.isMutating && type.kind != .classType {
                guard let place = compilePlace(base, mutating: true, method: name) else { return .invalid }
                return compileMutatingCall(method, place: place, arguments, at: location)
            }
            let receiver = compileExpr(base, expected: nil)
            return compileMemberCall(method, receiver: receiver.value, arguments, at: location)
        }
        let mutatingNames: Set<String> = ["removeValue", "updateValue", "insert", "remove", "formUnion", "formIntersection",
                                          "subtract", "removeAll"]
        let baseType = Compiler.mutatingArrayMethods.contains(name) || mutatingNames.contains(name) ? staticBaseType : .error
        if case .set(let element) = baseType,
           let result = compileMutatingSetMethod(base, element, name, arguments, at: location) {
            return result
        }
        if baseType == .string, name == "append", arguments.count == 1, arguments[0].label == nil {
            guard let place = compilePlace(base, mutating: true, method: name) else { return .invalid }
            let typed = compileExpr(arguments[0].value, expected: .string)
            if typed.type != .string && typed.type != .character {
                mismatch("no exact matches in call to instance method 'append'", typed.type, at: arguments[0].value.location)
                return .invalid
            }
            return appendString(typed.value, to: place, slot: variableSlot(base))
        }
        if case .dictionary(let key, let value) = baseType,
           let result = compileMutatingDictionaryMethod(base, key, value, name, arguments, at: location) {
            return result
        }
        if case .array(let element) = baseType {
            var arguments = arguments
            if let last = arguments.last, last.isTrailingClosure, last.label == nil,
               let label = Compiler.trailingClosureLabels[name] {
                arguments[arguments.count - 1].label = label
            }
            return compileMutatingArrayMethod(base, element, name, arguments, at: location)
        }
        var arguments = arguments
        if let last = arguments.last, last.isTrailingClosure, last.label == nil,
           let label = Compiler.trailingClosureLabels[name] {
            arguments[arguments.count - 1].label = label
        }
        var receiver = compileExpr(base, expected: nil)
        if receiver.type == .doubleRange || receiver.type == .doubleClosedRange {
            guard name == "contains", arguments.count == 1, arguments[0].label == nil else {
                error("value of type '\(receiver.type)' has no member '\(name)'", at: location)
                return .invalid
            }
            let range = receiver.value
            let x = doubleArgument(arguments[0])
            return Typed(type: .bool, code: .bool { frame in
                guard case .doubleRange(let lower, let upper, let closed) = try range(frame) else { return false }
                let value = try x(frame)
                return value >= lower && (closed ? value <= upper : value < upper)
            })
        }
        if receiver.type == .range || receiver.type == .closedRange {
            // Ranges answer the collection methods as the array of their elements.
            let bounds = receiver.value
            receiver = Typed(type: .array(.int), code: .value { frame in
                guard case .range(let lower, let upper, let closed) = try bounds(frame) else { return .array([]) }
                return .array(try AllocationLimit.rangeElements(lower, upper, closed: closed, at: location))
            })
        }
        if case .set(let element) = receiver.type {
            if let result = compileSetMethod(receiver, element, name, arguments, at: location) { return result }
            receiver = Compiler.setAsArray(receiver, element)
        }
        if case .dictionary(let key, let value) = receiver.type {
            if let result = compileDictionaryMethod(receiver, key, value, name, arguments, at: location) { return result }
            // Other collection methods see the dictionary as its array of (key:value:) entries.
            let entries = receiver.value
            receiver = Typed(type: .array(Compiler.entryType(key, value)), code: .value { frame in
                .array(Compiler.entries(try entries(frame).dictionaryValue))
            })
        }
        if receiver.type == .string, Compiler.characterCollectionMethods.contains(name) {
            // A String is a collection of Characters.
            let characters = Compiler.charactersOf(receiver)
            guard let result = compileArrayMethod(characters, .character, name, arguments, expected: expected, at: location) else {
                error("value of type 'String' has no member '\(name)'", at: location)
                return .invalid
            }
            if ["filter", "prefix", "suffix", "dropFirst", "dropLast"].contains(name), result.type == .array(.character) {
                let code = result.value
                return Typed(type: .string, code: .value { .string(try code($0).arrayValue.map(\.stringValue).joined()) })
            }
            return result
        }
        switch receiver.type {
        case .array(let element):
            if let result = compileArrayMethod(receiver, element, name, arguments, expected: expected, at: location) {
                return result
            }
        case .string:
            if let result = compileStringMethod(receiver, name, arguments, at: location) { return result }
        case .character:
            if name == "uppercased" || name == "lowercased", arguments.isEmpty {
                let code = receiver.value
                let upper = name == "uppercased"
                return Typed(type: .string, code: .value { frame in
                    let text = try code(frame).stringValue
                    return .string(upper ? text.uppercased() : text.lowercased())
                })
            }
        case .double:
            if let result = compileDoubleMethod(receiver, name, arguments, at: location) { return result }
        case .int:
            if name == "isMultiple", arguments.count == 1, arguments[0].label == "of" {
                let x = receiver.int
                let y = intArgument(arguments[0])
                return Typed(type: .bool, code: .bool { frame in
                    let divisor = try y(frame)
                    return try x(frame).isMultiple(of: divisor)
                })
            }
        case .native(let typeName):
            if let methods = registry.types[typeName]?.methods[name] {
                return compileNativeCall(methods, receiver: receiver, arguments, at: location)
            }
        case .optional(let wrapped) where (name == "map" || name == "flatMap") && arguments.count == 1 && arguments[0].label == nil:
            let (function, result) = mapFunction(arguments[0], [wrapped])
            var resultType = CType.optional(result)
            if name == "flatMap" {
                guard case .optional = result else {
                    if !result.hasError { error("flatMap needs a closure returning an optional, not '\(result)'", at: location) }
                    return .invalid
                }
                resultType = result
            }
            let code = receiver.value
            return Typed(type: resultType, code: .value { frame in
                let value = try code(frame)
                if case .none = value { return .none }
                guard case .function(let f) = try function(frame) else { return .none }
                return try f.call(value)
            })
        case .optional:
            error("value of optional type '\(receiver.type)' must be unwrapped to refer to member '\(name)' of wrapped base type '\(receiver.type.unwrapped)'",
                  at: location)
            return .invalid
        case .error:
            return .invalid
        default:
            break
        }
        if !diagnostics.contains(where: { $0.location == location }) {
            error("\(Compiler.valueOfType(receiver.type)) has no member '\(name)'", at: location,
                  notes: memberSuggestion(name, for: receiver.type))
        }
        return .invalid
    }

    /// `base.name(arguments)` where `name` is a stored or computed property (or a tuple element) rather than a method:
    /// the property's closure is read and called (`activation.f(x)`, `account.deposit(50)`). Nil when `name` is not
    /// such a member of `baseType`.
    private func compileStoredClosureCall(_ base: Expr, _ baseType: CType, _ name: String, _ arguments: [Argument],
                                          at location: SourceLocation, openingParen: SourceLocation?) -> Typed? {
        switch baseType {
        case .user(let type):
            guard type.methods[name] == nil, type.fieldIndex(name) != nil || type.computed[name] != nil else { return nil }
        case .tuple(let elements):
            guard tupleIndex(elements, name) != nil else { return nil }
        default:
            return nil
        }
        let closure = compileMember(base, name, expected: nil, at: location)
        if closure.type.hasError { return .invalid }
        return compileValueCall(closure, arguments, at: location, openingParen: openingParen)
    }

    func intArgument(_ argument: Argument) -> (Frame) throws -> Int {
        let typed = compileExpr(argument.value, expected: .int)
        if typed.type != .int {
            mismatch("cannot convert value of type '\(typed.type)' to expected argument type 'Int'", typed.type,
                     at: argument.value.location)
        }
        return typed.int
    }

    private func checkLabels(_ arguments: [Argument], _ labels: [String?], at location: SourceLocation) -> Bool {
        let shapes = labels.map { ParameterShape(label: $0, hasDefault: false, isFunction: true) }
        return matchArguments(shapes, arguments, at: location) != nil
    }

    private func compileMutatingArrayMethod(_ base: Expr, _ element: CType, _ name: String, _ arguments: [Argument],
                                            at location: SourceLocation) -> Typed {
        guard let place = compilePlace(base, mutating: true, method: name) else { return .invalid }
        let modify = place.modify
        /// Arguments are evaluated first (they may read the array), then the array is mutated in place.
        func mutate(_ type: CType, _ inputs: [(Frame) throws -> Value],
                    _ body: @escaping ([Value], inout [Value]) throws -> Value) -> Typed {
            Typed.fromValue(type) { frame in
                var values: [Value] = []
                for input in inputs { values.append(try input(frame)) }
                var result = Value.void
                try modify(frame) { stored in
                    guard case .array(var elements) = stored else { return ExclusiveAccess.note(stored) }
                    stored = .void
                    defer { stored = .array(elements) }
                    result = try body(values, &elements)
                }
                return result
            }
        }
        /// `mutate` for methods that run user code on the array: touching it meanwhile is an error (`ExclusiveAccess`).
        func mutateExclusively(_ inputs: [(Frame) throws -> Value], _ body: @escaping ([Value], inout [Value]) throws -> Void) -> Typed {
            let operation = name + "(" + arguments.map { ($0.label ?? "_") + ":" }.joined() + ")"
            return Typed(type: .void, code: .void { frame in
                var values: [Value] = []
                for input in inputs { values.append(try input(frame)) }
                try modify(frame) { stored in
                    try ExclusiveAccess.modifyArray(&stored, operation: operation, at: location) { try body(values, &$0) }
                }
            })
        }
        func elementArgument(_ index: Int) -> (Frame) throws -> Value {
            coerce(compileExpr(arguments[index].value, expected: element), to: element, at: arguments[index].value.location) {
                "cannot convert value of type '\($0)' to expected argument type '\($1)'"
            }.value
        }
        func indexArgument(_ index: Int) -> (Frame) throws -> Value {
            let code = intArgument(arguments[index])
            return { .int(try code($0)) }
        }
        func emptyError(_ what: String) -> RuntimeError {
            RuntimeError(message: "Can't \(what) from an empty collection", location: location)
        }
        switch (name, arguments.map(\.label)) {
        case ("append", [nil]):
            // The hottest mutation: no argument array, and straight on the slot when the array is a variable.
            let value = elementArgument(0)
            if let slot = variableSlot(base) {
                return Typed(type: .void, code: .void { frame in
                    let appended = try value(frame)
                    slot(frame).pointee.updateArray { $0.append(appended) }
                })
            }
            return Typed(type: .void, code: .void { frame in
                let appended = try value(frame)
                try modify(frame) { stored in
                    guard case .array(var elements) = stored else { return ExclusiveAccess.note(stored) }
                    stored = .void
                    elements.append(appended)
                    stored = .array(elements)
                }
                return
            })
        case ("append", ["contentsOf"]):
            let typed = coerce(compileExpr(arguments[0].value, expected: .array(element)), to: .array(element),
                               at: arguments[0].value.location) {
                "cannot convert value of type '\($0)' to expected argument type '\($1)'"
            }
            return mutate(.void, [typed.value]) { values, elements in
                let more = values[0].arrayValue
                try AllocationLimit.checkGrowth(from: elements.count, to: elements.count &+ more.count, at: location)
                elements.append(contentsOf: more)
                return .void
            }
        case ("insert", [nil, "at"]):
            return mutate(.void, [elementArgument(0), indexArgument(1)]) { values, elements in
                let i = values[1].intValue
                guard i >= 0 && i <= elements.count else {
                    throw RuntimeError(message: "Array index is out of range", location: location)
                }
                elements.insert(values[0], at: i)
                return .void
            }
        case ("remove", ["at"]):
            return mutate(element, [indexArgument(0)]) { values, elements in
                let i = values[0].intValue
                guard i >= 0 && i < elements.count else {
                    throw RuntimeError(message: "Index out of range", location: location)
                }
                return elements.remove(at: i)
            }
        case ("removeLast", []):
            return mutate(element, []) { _, elements in
                guard !elements.isEmpty else { throw emptyError("remove last element") }
                return elements.removeLast()
            }
        case ("removeFirst", []):
            return mutate(element, []) { _, elements in
                guard !elements.isEmpty else { throw emptyError("remove first element") }
                return elements.removeFirst()
            }
        case ("popLast", []):
            return mutate(.optional(element), []) { _, elements in elements.popLast() ?? .none }
        case ("removeAll", []):
            return mutate(.void, []) { _, elements in
                elements.removeAll()
                return .void
            }
        case ("removeAll", ["where"]):
            let predicate = compileFunctionArgument(arguments[0], [element], .bool)
            return mutateExclusively([predicate]) { values, elements in
                guard case .function(let function) = values[0] else { return }
                try elements.removeAll { try function.call($0).boolValue }
            }
        case ("swapAt", [nil, nil]):
            return mutate(.void, [indexArgument(0), indexArgument(1)]) { values, elements in
                let a = values[0].intValue, b = values[1].intValue
                guard a >= 0 && a < elements.count && b >= 0 && b < elements.count else {
                    throw RuntimeError(message: "Index out of range", location: location)
                }
                elements.swapAt(a, b)
                return .void
            }
        case ("reverse", []):
            return mutate(.void, []) { _, elements in
                elements.reverse()
                return .void
            }
        case ("sort", []):
            guard let less = lessThan(element, at: location) else { return .invalid }
            if case .user = element {
                // A declared `<` is user code.
                return mutateExclusively([]) { _, elements in try sortThrowing(&elements, by: less) }
            }
            return mutate(.void, []) { _, elements in
                if !NativeSort.sort(&elements, element) { try sortThrowing(&elements, by: less) }
                return .void
            }
        case ("sort", ["by"]):
            let predicate = compileFunctionArgument(arguments[0], [element, element], .bool)
            return mutateExclusively([predicate]) { values, elements in
                guard case .function(let function) = values[0] else { return }
                try sortThrowing(&elements) { try function.call($0, $1).boolValue }
            }
        default:
            error("no exact matches in call to instance method '\(name)'", at: location)
            return .invalid
        }
    }

    /// A `<` over boxed values of a Comparable type, or an error; a run-time error inside a user `<` propagates.
    func lessThan(_ type: CType, at location: SourceLocation) -> ((Value, Value) throws -> Bool)? {
        switch type {
        case .int: return { $0.intValue < $1.intValue }
        case .double: return { $0.doubleValue < $1.doubleValue }
        case .string, .character: return { $0.stringValue < $1.stringValue }
        case .user(let userType):
            if let less = userType.staticMethods["<"]?.first(where: { $0.parameters.count == 2 && $0.returnType == .bool }) {
                let runtime = self.runtime, globals = self.globals
                return { a, b in
                    let frame = try Compiler.invoke(less, parent: globals, arguments: [a, b], runtime: runtime, location: location)
                    return frame.word(less.context.returnSlot) != 0
                }
            }
            if let order = Compiler.synthesizedCaseOrder(userType) {
                return { a, b in order(a) < order(b) }
            }
            error("referencing instance method requires that '\(type)' conform to 'Comparable'", at: location)
            return nil
        default:
            if !type.hasError {
                error("referencing instance method requires that '\(type)' conform to 'Comparable'", at: location)
            }
            return nil
        }
    }

    /// Compiles a closure (or function value) argument with the given parameter and result types.
    func compileFunctionArgument(_ argument: Argument, _ parameters: [CType], _ result: CType?) -> (Frame) throws -> Value {
        let typed = compileExpr(argument.value, expected: .function(parameters, result ?? .error))
        if case .function(let actualParameters, let actualResult) = typed.type {
            if actualParameters != parameters || (result != nil && actualResult != result) {
                mismatch("cannot convert value of type '\(typed.type)' to expected argument type '\(CType.function(parameters, result ?? actualResult))'",
                         typed.type, at: argument.value.location)
            }
        } else {
            mismatch("cannot convert value of type '\(typed.type)' to expected argument type '\(CType.function(parameters, result ?? .void))'",
                     typed.type, at: argument.value.location)
        }
        return typed.value
    }

    /// The result type of a function-typed expression after compiling it (for `map`).
    func mapFunction(_ argument: Argument, _ parameters: [CType],
                     result resultHint: CType = .error) -> (code: (Frame) throws -> Value, result: CType) {
        let typed = compileExpr(argument.value, expected: .function(parameters, resultHint))
        guard case .function(let actualParameters, let result) = typed.type else {
            mismatch("cannot convert value of type '\(typed.type)' to expected argument type '\(CType.function(parameters, .error))'",
                     typed.type, at: argument.value.location)
            return ({ _ in .void }, .error)
        }
        if actualParameters != parameters {
            mismatch("cannot convert value of type '\(typed.type)' to expected argument type '(\(parameters.map(\.description).joined(separator: ", "))) -> \(result)'",
                     typed.type, at: argument.value.location)
        }
        return (typed.value, result)
    }

    private func compileArrayMethod(_ receiver: Typed, _ element: CType, _ name: String, _ arguments: [Argument],
                                    expected: CType?, at location: SourceLocation) -> Typed? {
        let array = receiver.value
        let labels = arguments.map(\.label)
        switch (name, labels) {
        case ("enumerated", []):
            let pair = CType.tuple([TupleElement(label: "offset", type: .int), TupleElement(label: "element", type: element)])
            return Typed(type: .array(pair), code: .value { frame in
                .array(try array(frame).arrayValue.enumerated().map { .tuple([.int($0.offset), $0.element]) })
            })
        case ("map", [nil]):
            var resultHint: CType = .error
            if case .array(.double)? = expected, case .closure = arguments[0].value.kind {
                // `map { $0 == c ? 1 : 0 }` where `[Double]` is expected: integer literals become Double, as in Swift.
                let saved = diagnostics
                let probe = compileExpr(arguments[0].value, expected: .function([element], .error)).type
                diagnostics = saved
                if case .function(_, .int) = probe { resultHint = .double }
            }
            let (function, result) = mapFunction(arguments[0], [element], result: resultHint)
            return Typed(type: .array(result), code: .value { frame in
                let elements = try array(frame).arrayValue
                guard case .function(let f) = try function(frame) else { return .void }
                var output: [Value] = []
                output.reserveCapacity(elements.count)
                for value in elements { output.append(try f.call(value)) }
                return .array(output)
            })
        case ("compactMap", [nil]):
            let (function, result) = mapFunction(arguments[0], [element])
            guard case .optional(let wrapped) = result else {
                if !result.hasError {
                    error("compactMap needs a closure returning an optional, not '\(result)'", at: location)
                }
                return .invalid
            }
            return Typed(type: .array(wrapped), code: .value { frame in
                let elements = try array(frame).arrayValue
                guard case .function(let f) = try function(frame) else { return .void }
                var output: [Value] = []
                for value in elements {
                    let mapped = try f.call(value)
                    if case .none = mapped { continue }
                    output.append(mapped)
                }
                return .array(output)
            })
        case ("flatMap", [nil]):
            let (function, result) = mapFunction(arguments[0], [element])
            guard case .array = result else {
                if !result.hasError { error("flatMap needs a closure returning an array, not '\(result)'", at: location) }
                return .invalid
            }
            return Typed(type: result, code: .value { frame in
                let elements = try array(frame).arrayValue
                guard case .function(let f) = try function(frame) else { return .void }
                var output: [Value] = []
                for value in elements { output.append(contentsOf: try f.call(value).arrayValue) }
                return .array(output)
            })
        case ("reduce", ["into", nil]):
            let initial = compileExpr(arguments[0].value, expected: expected)
            let resultType = initial.type
            // The closure mutates its first parameter; it is compiled as `(Result, Element) -> Result`-like
            // code over an inout-style slot: the accumulator is passed in and read back from the closure's frame.
            guard case .closure(let literal) = arguments[1].value.kind else {
                error("reduce(into:_:) needs a closure literal in nbrun cells", at: arguments[1].value.location)
                return .invalid
            }
            let combine = compileClosure(literal, parameterHints: [resultType, element], returnHint: .void,
                                         at: arguments[1].value.location, firstParameterInout: true)
            guard case .function(let parameters, _) = combine.type, parameters == [resultType, element] else {
                mismatch("cannot convert value of type '\(combine.type)' to expected argument type '(inout \(resultType), \(element)) -> ()'",
                         combine.type, at: arguments[1].value.location)
                return .invalid
            }
            let start = initial.value
            let code = combine.value
            return Typed.fromValue(resultType) { frame in
                var accumulator = try start(frame)
                let elements = try array(frame).arrayValue
                guard case .function(let f) = try code(frame) else { return .void }
                for value in elements { accumulator = try f.call(accumulator, value) }
                return accumulator
            }
        case ("min", ["by"]), ("max", ["by"]):
            let predicate = compileFunctionArgument(arguments[0], [element, element], .bool)
            let isMin = name == "min"
            return Typed(type: .optional(element), code: .value { frame in
                let elements = try array(frame).arrayValue
                guard case .function(let f) = try predicate(frame), var best = elements.first else { return .none }
                for value in elements.dropFirst() {
                    // Same tie rules as Swift: both keep the first of equal extreme elements.
                    if isMin {
                        if try f.call(value, best).boolValue { best = value }
                    } else if try f.call(best, value).boolValue {
                        best = value
                    }
                }
                return best
            })
        case ("filter", [nil]):
            let predicate = compileFunctionArgument(arguments[0], [element], .bool)
            return Typed(type: receiver.type, code: .value { frame in
                let elements = try array(frame).arrayValue
                guard case .function(let f) = try predicate(frame) else { return .void }
                var output: [Value] = []
                for value in elements where try f.call(value).boolValue { output.append(value) }
                return .array(output)
            })
        case ("forEach", [nil]):
            let body = compileFunctionArgument(arguments[0], [element], .void)
            return Typed(type: .void, code: .void { frame in
                let elements = try array(frame).arrayValue
                guard case .function(let f) = try body(frame) else { return }
                for value in elements { _ = try f.call(value) }
                return
            })
        case ("reduce", [nil, nil]):
            var initialExpected: CType? = nil
            if Compiler.isNumericLiteral(arguments[0].value), element == .int || element == .double {
                initialExpected = element
            }
            if case .array(let items) = arguments[0].value.kind, items.isEmpty {
                // `reduce([], +)`: the empty accumulator takes the array type the combination produces.
                if case .array = element { initialExpected = element } else { initialExpected = .array(element) }
            }
            let initial = compileExpr(arguments[0].value, expected: initialExpected ?? expected)
            let resultType = initial.type
            let combine = compileFunctionArgument(arguments[1], [resultType, element], resultType)
            let start = initial.value
            return Typed.fromValue(resultType) { frame in
                var accumulator = try start(frame)
                let elements = try array(frame).arrayValue
                guard case .function(let f) = try combine(frame) else { return .void }
                for value in elements { accumulator = try f.call(accumulator, value) }
                return accumulator
            }
        case ("sorted", []):
            guard let less = lessThan(element, at: location) else { return .invalid }
            return Typed(type: receiver.type, code: .value { frame in
                var elements = try array(frame).arrayValue
                if !NativeSort.sort(&elements, element) { try sortThrowing(&elements, by: less) }
                return .array(elements)
            })
        case ("sorted", ["by"]):
            let predicate = compileFunctionArgument(arguments[0], [element, element], .bool)
            return Typed(type: receiver.type, code: .value { frame in
                var elements = try array(frame).arrayValue
                guard case .function(let f) = try predicate(frame) else { return .void }
                try sortThrowing(&elements) { try f.call($0, $1).boolValue }
                return .array(elements)
            })
        case ("reversed", []):
            return Typed(type: receiver.type, code: .value { .array(try array($0).arrayValue.reversed()) })
        case ("contains", [nil]):
            guard element.isEquatable else { break }
            let needle = compileExpr(arguments[0].value, expected: element)
            if needle.type != element {
                mismatch("cannot convert value of type '\(needle.type)' to expected argument type '\(element)'", needle.type,
                         at: arguments[0].value.location)
            }
            let value = needle.value, equal = TypedEquality.comparer(for: element)
            return Typed(type: .bool, code: .bool { frame in
                let target = try value(frame)
                return try array(frame).arrayValue.contains { try equal($0, target) }
            })
        case ("contains", ["where"]), ("allSatisfy", [nil]), ("first", ["where"]), ("firstIndex", ["where"]),
             ("lastIndex", ["where"]), ("last", ["where"]), ("count", ["where"]):
            let predicate = compileFunctionArgument(arguments[0], [element], .bool)
            let kind = name + (labels[0] ?? "")
            let type: CType
            switch kind {
            case "firstwhere", "lastwhere": type = .optional(element)
            case "firstIndexwhere", "lastIndexwhere": type = .optional(.int)
            case "countwhere": type = .int
            default: type = .bool
            }
            return Typed.fromValue(type) { frame in
                let elements = try array(frame).arrayValue
                guard case .function(let f) = try predicate(frame) else { return .void }
                switch kind {
                case "containswhere":
                    for value in elements where try f.call(value).boolValue { return .bool(true) }
                    return .bool(false)
                case "allSatisfy":
                    for value in elements where try !f.call(value).boolValue { return .bool(false) }
                    return .bool(true)
                case "firstwhere":
                    for value in elements where try f.call(value).boolValue { return value }
                    return .none
                case "lastwhere":
                    for value in elements.reversed() where try f.call(value).boolValue { return value }
                    return .none
                case "lastIndexwhere":
                    for (index, value) in elements.enumerated().reversed() where try f.call(value).boolValue { return .int(index) }
                    return .none
                case "countwhere":
                    var count = 0
                    for value in elements where try f.call(value).boolValue { count += 1 }
                    return .int(count)
                default:
                    for (index, value) in elements.enumerated() where try f.call(value).boolValue { return .int(index) }
                    return .none
                }
            }
        case ("firstIndex", ["of"]), ("lastIndex", ["of"]):
            guard element.isEquatable else { break }
            let needle = compileExpr(arguments[0].value, expected: element)
            let value = needle.value
            let last = name == "lastIndex", equal = TypedEquality.comparer(for: element)
            return Typed(type: .optional(.int), code: .value { frame in
                let target = try value(frame)
                let elements = try array(frame).arrayValue
                let found = try last ? elements.lastIndex { try equal($0, target) }
                                     : elements.firstIndex { try equal($0, target) }
                return found.map(Value.int) ?? .none
            })
        case ("min", []), ("max", []):
            guard let less = lessThan(element, at: location) else { return .invalid }
            let isMin = name == "min"
            return Typed(type: .optional(element), code: .value { frame in
                let elements = try array(frame).arrayValue
                return try (isMin ? elements.min(by: less) : elements.max(by: less)) ?? .none
            })
        case ("joined", []), ("joined", ["separator"]):
            if case .array(let inner) = element {
                return compileJoinedArrays(array, inner, arguments)
            }
            guard element == .string else { break }
            let separator: (Frame) throws -> String
            if arguments.isEmpty {
                separator = { _ in "" }
            } else {
                let typed = compileExpr(arguments[0].value, expected: .string)
                let code = typed.value
                separator = { try code($0).stringValue }
            }
            return Typed(type: .string, code: .value { frame in
                let text = try separator(frame)
                return .string(try array(frame).arrayValue.map(\.stringValue).joined(separator: text))
            })
        case ("starts", ["with"]), ("elementsEqual", [nil]):
            guard element.isEquatable else { break }
            let other = coerce(compileExpr(arguments[0].value, expected: receiver.type), to: receiver.type,
                               at: arguments[0].value.location) {
                "cannot convert value of type '\($0)' to expected argument type '\($1)'"
            }.value
            let isPrefix = name == "starts", equal = TypedEquality.comparer(for: element)
            return Typed(type: .bool, code: .bool { frame in
                let elements = try array(frame).arrayValue, candidate = try other(frame).arrayValue
                if isPrefix {
                    return try elements.starts(with: candidate, by: equal)
                }
                return try elements.elementsEqual(candidate, by: equal)
            })
        case ("prefix", [nil]), ("suffix", [nil]), ("dropFirst", [nil]), ("dropLast", [nil]), ("dropFirst", []), ("dropLast", []):
            let count = arguments.isEmpty ? { _ in 1 } : intArgument(arguments[0])
            return Typed(type: receiver.type, code: .value { frame in
                let elements = try array(frame).arrayValue
                let n = try count(frame)
                guard n >= 0 else {
                    throw RuntimeError(message: "Can't take a prefix or suffix of negative length from a collection",
                                       location: location)
                }
                switch name {
                case "prefix": return .array(Array(elements.prefix(n)))
                case "suffix": return .array(Array(elements.suffix(n)))
                case "dropFirst": return .array(Array(elements.dropFirst(n)))
                default: return .array(Array(elements.dropLast(n)))
                }
            })
        default:
            break
        }
        return nil
    }

    /// `[[1, 2], [3]].joined()` (and `joined(separator: [0])`): the inner arrays concatenated, as an array.
    private func compileJoinedArrays(_ array: @escaping (Frame) throws -> Value, _ inner: CType,
                                     _ arguments: [Argument]) -> Typed {
        var separator: (Frame) throws -> Value = { _ in .array([]) }
        if let argument = arguments.first {
            separator = coerce(compileExpr(argument.value, expected: .array(inner)), to: .array(inner), at: argument.value.location) {
                "cannot convert value of type '\($0)' to expected argument type '\($1)'"
            }.value
        }
        return Typed(type: .array(inner), code: .value { frame in
            let between = try separator(frame).arrayValue
            var output: [Value] = []
            for (index, part) in try array(frame).arrayValue.enumerated() {
                if index > 0 { output.append(contentsOf: between) }
                output.append(contentsOf: part.arrayValue)
            }
            return .array(output)
        })
    }

    private func compileStringMethod(_ receiver: Typed, _ name: String, _ arguments: [Argument],
                                     at location: SourceLocation) -> Typed? {
        let text = receiver.value
        let labels = arguments.map(\.label)
        func stringArgument(_ index: Int) -> (Frame) throws -> String {
            let typed = compileExpr(arguments[index].value, expected: .string)
            if typed.type != .string && typed.type != .character {
                mismatch("cannot convert value of type '\(typed.type)' to expected argument type 'String'", typed.type,
                         at: arguments[index].value.location)
            }
            let code = typed.value
            return { try code($0).stringValue }
        }
        switch (name, labels) {
        case ("uppercased", []):
            return Typed(type: .string, code: .value { .string(try text($0).stringValue.uppercased()) })
        case ("lowercased", []):
            return Typed(type: .string, code: .value { .string(try text($0).stringValue.lowercased()) })
        case ("hasPrefix", [nil]), ("hasSuffix", [nil]), ("contains", [nil]), ("starts", ["with"]):
            let other = stringArgument(0)
            return Typed(type: .bool, code: .bool { frame in
                let value = try text(frame).stringValue
                let needle = try other(frame)
                switch name {
                case "hasPrefix": return value.hasPrefix(needle)
                case "starts": return value.starts(with: needle)
                case "hasSuffix": return value.hasSuffix(needle)
                default: return needle.isEmpty ? true : value.contains(needle)
                }
            })
        case ("split", ["separator"]):
            let separator = stringArgument(0)
            return Typed(type: .array(.string), code: .value { frame in
                let value = try text(frame).stringValue
                let by = try separator(frame)
                guard by.count == 1, let character = by.first else {
                    throw RuntimeError(message: "split(separator:) takes a single character", location: location)
                }
                return .array(value.split(separator: character).map { .string(String($0)) })
            })
        case ("components", ["separatedBy"]):
            let separator = stringArgument(0)
            return Typed(type: .array(.string), code: .value { frame in
                let value = try text(frame).stringValue
                return .array(value.components(separatedBy: try separator(frame)).map(Value.string))
            })
        case ("trimmingCharacters", ["in"]):
            guard case .member(nil, let setName, _) = arguments[0].value.kind,
                  let set = ["whitespaces": CharacterSet.whitespaces, "whitespacesAndNewlines": .whitespacesAndNewlines,
                             "newlines": .newlines, "punctuationCharacters": .punctuationCharacters][setName] else {
                error("trimmingCharacters(in:) takes .whitespaces, .whitespacesAndNewlines, .newlines or .punctuationCharacters",
                      at: arguments[0].value.location)
                return .invalid
            }
            return Typed(type: .string, code: .value { .string(try text($0).stringValue.trimmingCharacters(in: set)) })
        case ("replacingOccurrences", ["of", "with"]):
            let target = stringArgument(0), replacement = stringArgument(1), runtime = self.runtime
            return Typed(type: .string, code: .value { frame in
                let value = try text(frame).stringValue
                return .string(try LargeText.replacing(value, of: try target(frame), with: try replacement(frame),
                                                       runtime: runtime, at: location))
            })
        default:
            return nil
        }
    }

    private func compileDoubleMethod(_ receiver: Typed, _ name: String, _ arguments: [Argument],
                                     at location: SourceLocation) -> Typed? {
        let x = receiver.double
        switch (name, arguments.map(\.label)) {
        case ("rounded", []): return Typed(type: .double, code: .double { try x($0).rounded() })
        case ("squareRoot", []): return Typed(type: .double, code: .double { try x($0).squareRoot() })
        case ("truncatingRemainder", ["dividingBy"]):
            let y = doubleArgument(arguments[0])
            return Typed(type: .double, code: .double { try x($0).truncatingRemainder(dividingBy: try y($0)) })
        default: return nil
        }
    }

    /// `ps[i].x`: an Int, Double or Bool stored property of a struct element of an array variable, read in place
    /// (neither the array nor the element is retained); nil for every other member.
    private func compileInPlaceElementField(_ base: Expr, _ name: String) -> Typed? {
        guard let (slot, position, field, fieldType) = elementField(base, name), fieldType.isWord else { return nil }
        let location = base.location
        switch fieldType {
        case .double:
            return Typed(type: fieldType, code: .double { frame in
                try InPlaceRead.elementField(slot(frame), try position(frame), field, location) { $0.doubleValue }
            })
        case .bool:
            return Typed(type: fieldType, code: .bool { frame in
                try InPlaceRead.elementField(slot(frame), try position(frame), field, location) { $0.boolValue }
            })
        default:
            return Typed(type: fieldType, code: .int { frame in
                try InPlaceRead.elementField(slot(frame), try position(frame), field, location) { $0.intValue }
            })
        }
    }

    /// `p.x` (a stored property of a struct variable) and `xs.count` (an array variable), read in place without
    /// copying the struct's fields or the array; nil for every other member.
    private func compileInPlaceMember(_ slot: @escaping (Frame) -> UnsafeMutablePointer<Value>, _ type: CType,
                                      _ name: String) -> Typed? {
        switch type {
        case .user(let userType) where userType.kind == .structure:
            guard let index = userType.fieldIndex(name) else { return nil }
            let fieldType = userType.fields[index].type
            switch fieldType {
            case .int:
                return Typed(type: fieldType, code: .int { frame in
                    InPlaceRead.field(slot(frame), index) { $0.intValue }
                })
            case .double:
                return Typed(type: fieldType, code: .double { frame in
                    InPlaceRead.field(slot(frame), index) { $0.doubleValue }
                })
            case .bool:
                return Typed(type: fieldType, code: .bool { frame in
                    InPlaceRead.field(slot(frame), index) { $0.boolValue }
                })
            default:
                return Typed(type: fieldType, code: .value { frame in
                    InPlaceRead.field(slot(frame), index) { $0 }
                })
            }
        case .array where name == "count":
            return Typed(type: .int, code: .int { frame in
                guard case .array(let elements) = slot(frame).pointee else {
                    ExclusiveAccess.note(slot(frame).pointee)
                    return 0
                }
                return elements.count
            })
        default:
            return nil
        }
    }
}
