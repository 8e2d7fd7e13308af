import Diagnostics

/// Constructing values of declared types: structs and classes by their initializers, enum cases with payloads.
extension Compiler {
    /// `Point(x: 1, y: 2)`: a custom initializer, or the memberwise one of a struct.
    func compileConstruction(_ type: UserType, _ arguments: [Argument], at location: SourceLocation) -> Typed {
        noteResolution(.construction(type.name))
        if type.kind == .enumeration {
            if let rawType = type.rawType, arguments.count == 1, arguments[0].label == "rawValue" {
                let raw = converted(compileExpr(arguments[0].value, expected: rawType), to: rawType, at: arguments[0].value.location).value
                let rawValues = type.cases.map(\.rawValue)
                return Typed(type: .optional(.user(type)), code: .value { frame in
                    let value = try raw(frame)
                    guard let index = rawValues.firstIndex(where: { $0.map { ValueEquality.equal($0, value) } ?? false }) else { return .none }
                    return .variant(index, [])
                })
            }
            if !type.initializers.isEmpty {
                guard let (info, _) = selectOverload(type.initializers, arguments, at: location) else { return .invalid }
                return failableConstruction(info, compileMemberCall(info, receiver: nil, arguments, at: location))
            }
            cannotGenerate(at: location)
            return .invalid
        }
        if let construction = compileGenericConstruction(type, arguments, at: location) { return construction }
        if type.kind == .classType, let construction = compileClassConstruction(type, arguments, at: location) {
            return construction
        }
        if !type.initializers.isEmpty, !type.keepsMemberwise || extensionInitializerMatches(type, arguments) {
            guard let (info, _) = selectOverload(type.initializers, arguments, at: location) else { return .invalid }
            return failableConstruction(info, compileMemberCall(info, receiver: nil, arguments, at: location))
        }
        // Memberwise (struct) or empty (class with defaults) initializer.
        let parameters = type.fields.enumerated().filter { type.kind == .structure && !($0.element.isLet && $0.element.defaultValue != nil) }
        let shapes = parameters.map {
            ParameterShape(label: $0.element.name, hasDefault: $0.element.defaultValue != nil, isFunction: $0.element.type.acceptsClosure)
        }
        if type.kind == .classType, type.fields.contains(where: { $0.defaultValue == nil }) {
            // The class's declaration is reported (`DeclarationChecks.classInitializerErrors`); the call, in swiftc's words.
            cannotGenerate(at: location)
            return .invalid
        }
        guard let matched = matchArguments(shapes, arguments, at: location) else { return .invalid }
        let compiled = compileArguments(parameters.map(\.element.type), matched, arguments)
        var codes: [(Frame) throws -> Value] = type.fields.map { field in
            let fallback = field.defaultValue?.value
            let globals = self.globals
            return { _ in try fallback?(globals) ?? .void }
        }
        for (position, parameter) in parameters.enumerated() {
            if let typed = compiled[position] { codes[parameter.offset] = typed.value }
        }
        let isClass = type.kind == .classType
        return Typed(type: .user(type), code: .value { frame in
            var fields: [Value] = []
            fields.reserveCapacity(codes.count)
            for code in codes { fields.append(try code(frame)) }
            return isClass ? .object(ObjectBox(type: type, fields: fields)) : .tuple(fields)
        })
    }

    /// `Shape.circle(radius: 2)` or `.circle(radius: 2)`.
    func compileEnumConstruction(_ type: UserType, _ index: Int, _ arguments: [Argument], at location: SourceLocation) -> Typed {
        let payload = type.cases[index].payload ?? []
        let shapes = payload.map { ParameterShape(label: $0.label, hasDefault: false, isFunction: false) }
        guard let matched = matchArguments(shapes, arguments, at: location) else { return .invalid }
        let codes = compileArguments(payload.map(\.type), matched, arguments).map { $0?.value ?? { _ in .void } }
        return Typed(type: .user(type), code: .value { frame in
            var values: [Value] = []
            for code in codes { values.append(try code(frame)) }
            return .variant(index, values)
        })
    }
}
