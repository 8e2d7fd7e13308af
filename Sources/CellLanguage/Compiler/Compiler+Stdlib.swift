import Diagnostics

extension Compiler {
    /// `receiver.name` for a built-in receiver type, from its table; nil when the type has no such property.
    func compileStdlibProperty(_ receiver: Typed, _ name: String, at location: SourceLocation) -> Typed? {
        guard let table = StdlibTables.table(for: receiver.type), let member = table.property(named: name),
              case .value(let compile) = member.implementation else { return nil }
        noteResolution(.stdlib(type: table.typeName, member: member))
        return compile(ValueSite(compiler: self, receiver: receiver, name: name, arguments: [], expected: nil, location: location))
    }

    /// `Type.name` for a built-in type (`Double.pi`, `Int.max`), or a diagnosed error.
    func compileStdlibStaticProperty(_ type: CType, _ name: String, at location: SourceLocation) -> Typed? {
        let table = StdlibTables.table(for: type)
        guard let member = table?.staticProperty(named: name), case .value(let compile) = member.implementation else {
            error(.typeHasNoMember(type.description, member: name, suggestion: table?.suggestion(for: name, statics: true)),
                  at: location)
            return nil
        }
        // The receiver carries the type (`UInt8.max` is compiled by one table for every fixed-width integer type).
        let receiver = Typed(type: type, code: Typed.invalid.code)
        return compile(ValueSite(compiler: self, receiver: receiver, name: name, arguments: [], expected: nil, location: location))
    }

    /// `Type.name(arguments)` for a built-in type (`Int.random(in: 1...6)`), from its table; nil when the table has no
    /// static method called `name`.
    func compileStdlibStaticMethodCall(_ type: CType, _ name: String, _ arguments: [Argument], expected: CType?,
                                       at location: SourceLocation) -> Typed? {
        guard let table = StdlibTables.table(for: type) else { return nil }
        let candidates = table.staticMethods(named: name)
        guard !candidates.isEmpty else { return nil }
        guard let member = candidates.first(where: { $0.accepts(arguments) }), case .value(let compile) = member.implementation else {
            error(.noMatchingCall(name), at: location)
            return .invalid
        }
        noteResolution(.stdlib(type: table.typeName, member: member))
        let reported = errorMark()
        let receiver = Typed(type: type, code: Typed.invalid.code)  // the type alone: nothing is evaluated
        if let result = compile(ValueSite(compiler: self, receiver: receiver, name: name, arguments: arguments,
                                          expected: expected, location: location)) { return result }
        if !hasErrors(since: reported) { error(.noMatchingCall(name), at: location) }
        return .invalid
    }

    /// `base.name(arguments)` for a built-in receiver type, dispatched at compile time on the type's table; nil
    /// when the type has no table.
    func compileStdlibMethodCall(_ base: Expr, _ staticType: CType, _ name: String, _ arguments: [Argument],
                                 expected: CType?, at location: SourceLocation, compiledBase: CompiledReceiver? = nil) -> Typed? {
        guard let table = StdlibTables.table(for: staticType) else { return nil }
        let candidates = table.methods(named: name)
        if candidates.isEmpty {
            if case .optional = staticType {
                error(.optionalMemberNeedsUnwrap(staticType, member: name),
                      at: base.lastTokenLocation)
            } else if let property = table.property(named: name),
                      let type = StdlibSignature(property.declaration, receiver: staticType).propertyType {
                // `s.count()`: the property's value called, as swiftc words it.
                error(.notAFunction(type), at: location)
            } else if !refusesArrayExtensionMember(staticType, name, at: location) {
                error(.valueHasNoMember(staticType, member: name, suggestion: table.suggestion(for: name)), at: location)
            }
            return .invalid
        }
        guard let member = candidates.first(where: { $0.accepts(arguments) })
                ?? candidates.first(where: { $0.accepts(arguments, closureAsValue: true) }) else {
            if let member = StdlibMember.closestCandidate(candidates, to: arguments) {
                // One declaration to diagnose against: say which label or argument is wrong, as swiftc does.
                let shapes = member.labels.enumerated().map { index, label in
                    ParameterShape(label: label, hasDefault: false,
                                   isFunction: member.takesTrailingClosure && index == member.labels.count - 1)
                }
                let reported = errorMark()
                if matchArguments(shapes, arguments, at: location) == nil, hasErrors(since: reported) { return .invalid }
            }
            error(.noMatchingInstanceMethod(name, candidates: candidates.map(\.signatureName)), at: location)
            return .invalid
        }
        noteResolution(.stdlib(type: table.typeName, member: member))
        // A trailing closure takes the label of the parameter it stands for.
        var arguments = arguments
        for index in arguments.indices { arguments[index].label = member.labels[index] }
        let reported = errorMark()
        let saved = errorHandling.rethrowingArguments
        for argument in arguments where Compiler.isClosureLiteral(argument.value) { errorHandling.rethrowingArguments.insert(argument.value) }
        defer { errorHandling.rethrowingArguments = saved }
        let result: Typed?
        switch member.implementation {
        case .inPlace(let compile):
            result = compile(PlaceSite(compiler: self, base: base, receiverType: staticType, name: name,
                                       arguments: arguments, location: location))
        case .value(let compile):
            let receiver = adoptReceiver(compiledBase) ?? compileExpr(base, expected: nil)
            if receiver.type.hasError { return .invalid }
            result = compile(ValueSite(compiler: self, receiver: receiver, name: name, arguments: arguments,
                                       expected: expected, location: location))
        }
        if let result { return result }
        if !hasErrors(since: reported) {
            error(.noMatchingInstanceMethod(name), at: location)
        }
        return .invalid
    }

    /// An argument compiled with the parameter's type and converted to it, or diagnosed as swiftc words it.
    func argumentValue(_ argument: Argument, as type: CType) -> (Frame) throws -> Value {
        coerce(compileExpr(argument.value, expected: type), to: type, at: Compiler.conversionLocation(of: argument.value)) {
            .argumentType($0, expected: $1)
        }.value
    }
}
