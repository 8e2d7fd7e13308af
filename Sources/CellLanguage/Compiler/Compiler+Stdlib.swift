import Diagnostics

extension Compiler {
    /// `receiver.name` for a built-in receiver type, from its table; nil when the type has no such property.
    func compileStdlibProperty(_ receiver: Typed, _ name: String, at location: SourceLocation) -> Typed? {
        guard let table = StdlibTables.table(for: receiver.type), let member = table.property(named: name),
              case .value(let compile) = member.implementation else { return nil }
        noteResolution(.stdlib(type: table.typeName, member: member))
        return compile(ValueSite(compiler: self, receiver: receiver, name: name, arguments: [], expected: nil, location: location))
    }

    /// `Type.name` for a built-in type (`Double.pi`, `Int.max`); nil when its table has none.
    func compileStdlibStaticProperty(_ type: CType, _ name: String, at location: SourceLocation) -> Typed? {
        guard let member = StdlibTables.table(for: type)?.staticProperty(named: name),
              case .value(let compile) = member.implementation else {
            cannotGenerate(at: location)
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
            cannotGenerate(at: location)
            return .invalid
        }
        noteResolution(.stdlib(type: table.typeName, member: member))
        let reported = errorMark()
        let receiver = Typed(type: type, code: Typed.invalid.code)  // the type alone: nothing is evaluated
        if let result = compile(ValueSite(compiler: self, receiver: receiver, name: name, arguments: arguments,
                                          expected: expected, location: location)) { return result }
        if !hasErrors(since: reported) { cannotGenerate(at: location) }
        return .invalid
    }

    /// `base.name(arguments)` for a built-in receiver type, dispatched at compile time on the type's table; nil
    /// when the type has no table.
    func compileStdlibMethodCall(_ base: Expr, _ staticType: CType, _ name: String, _ arguments: [Argument],
                                 expected: CType?, at location: SourceLocation, compiledBase: CompiledReceiver? = nil) -> Typed? {
        guard let table = StdlibTables.table(for: staticType) else { return nil }
        let candidates = table.methods(named: name)
        guard let member = candidates.first(where: { $0.accepts(arguments) })
                ?? candidates.first(where: { $0.accepts(arguments, closureAsValue: true) }) else {
            cannotGenerate(at: location)  // no member, or none that takes these arguments
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
        if !hasErrors(since: reported) { cannotGenerate(at: location) }
        return .invalid
    }

    /// An argument compiled with the parameter's type and converted to it (the checker reported one that does not convert).
    func argumentValue(_ argument: Argument, as type: CType) -> (Frame) throws -> Value {
        converted(compileExpr(argument.value, expected: type), to: type, at: argument.value.conversionLocation).value
    }
}
