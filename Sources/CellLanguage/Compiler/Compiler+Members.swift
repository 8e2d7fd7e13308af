import Diagnostics
import Foundation

extension Compiler {
    // MARK: Properties

    /// Compiles `base.name` (or `.name` with a contextual type).
    func compileMember(_ base: Expr?, _ name: String, expected: CType?, at location: SourceLocation) -> Typed {
        if let member = compileSuperMember(base, name, at: location) { return member }
        if name == "self", let base, let metatype = compileMetatypeValue(base) { return metatype }  // `Int.self`, `T.self`
        // `x.self` of a value: the value, as the checker typed the base (it types no type name's base).
        if name == "self", let base, checkedType(base) != nil { return compileExpr(base, expected: expected) }
        if let none = compileOptionalNone(base, name, expected: expected, at: location) { return none }  // `Optional<Int>.none`, `.none`
        guard let base else {
            return compileImplicitMember(name, expected: expected, at: location)
        }
        // `@W var x: T` where `W` is no property wrapper: reported at the attribute, not again in x's accessors.
        // Only lowered wrapper attributes ask: their base, `self._x`, has the stored field's declared type.
        if base.isWrapperAttribute, case .user(let wrapper)? = knownType(base), !wrapper.isPropertyWrapper { return .invalid }
        if let implicitBase = Compiler.implicitMemberBase(base) {
            // `.red.hashValue`: nothing gives `.red` a type.
            cannotGenerate(at: implicitBase.location)
            return .invalid
        }
        if let type = nestedTypeReference(base) {
            if let member = compileStaticMember(type, name, at: location) { return member }
            cannotGenerate(at: location)
            return .invalid
        }
        if !specializesGenericBase(base) { return .invalid }
        if case .name(let typeName) = base.kind, case .binding(nil) = resolvedName(typeName, node: base) ?? scopeName(typeName, at: location) {
            if let member = compileTypeNameMember(base, typeName, name, expected: expected, at: location) { return member }
        }
        if let (slot, type) = typedVariableSlot(base) {
            if let inPlace = compileInPlaceMember(slot, type, name) ?? lentGetterCall(base, type, name, at: location) {
                return inPlace
            }
        }
        if let variable = unpackedVariable(base), let (_, slot, _, type) = unpackedField(base, name) {
            return wordRead(type, level: variable.level, slot: slot)
        }
        if let inPlace = compileInPlaceElementField(base, name) { return inPlace }
        let receiver = compileExpr(base, expected: checkedLiteralReceiverType(base))  // `[1, 2].average`: a `[Double]`
        let value = receiver.value
        if let member = compileProtocolOrExtensionMember(base, receiver, name, at: location) { return member }
        if let inPlace = compileInPlaceFieldCount(base, receiver.type, name) { return inPlace }
        if let property = compileStdlibProperty(receiver, name, at: location) ?? compileHashValue(receiver, name) { return property }
        switch (receiver.type, name) {
        case (.tuple(let elements), _):
            if let index = tupleIndex(elements, name) {
                return Typed.fromValue(elements[index].type) { frame in
                    let values = try value(frame).tupleValue
                    return index < values.count ? values[index] : .void
                }
            }
        case (.user(let type), _):
            if let member = compileInstanceMember(receiver, type, name, at: location) { return member }
            if let bound = compileBoundMethod(receiver, type, name, expected: expected, at: location) { return bound }
            cannotGenerate(at: location)
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
            cannotGenerate(at: location)
            return .invalid
        default:
            break
        }
        if receiver.type.hasError { return .invalid }
        // `stopWords.contains` without a call: the method with its receiver bound (`Compiler+BoundStdlibMethods`).
        if let bound = compileBoundStdlibMethod(receiver, name, expected: expected, at: location) { return bound }
        cannotGenerate(at: location)
        return .invalid
    }

    private func constant(_ typeName: String, _ name: String, at location: SourceLocation) -> Typed {
        guard let cases = registry.constants[typeName], cases.contains(name) else {  // the checker reports it (`moduleMember`)
            cannotGenerate(at: location)
            return .invalid
        }
        return Typed(type: .constants(typeName), code: .value { _ in .constant(typeName, name) })
    }

    private func staticMember(_ type: CType, _ name: String, at location: SourceLocation) -> Typed? {
        compileStdlibStaticProperty(type, name, at: location)
    }

    // MARK: Methods

    /// A String value seen as `[Character]`.
    static func charactersOf(_ typed: Typed, at location: SourceLocation? = nil) -> Typed {
        StringMembers.charactersOf(typed, at: location)
    }

    /// Compiles `base.name(arguments)`.
    /// The name and position of an implicit member expression (`.red`, `.make()`) used as a receiver.
    static func implicitMemberBase(_ base: Expr) -> (name: String, location: SourceLocation)? {
        switch base.kind {
        case .member(nil, let name, let location): return (name, location)
        case .call(let callee, _):
            if case .member(nil, let name, let location) = callee.kind { return (name, location) }
            return nil
        default: return nil
        }
    }

    func compileMethodCall(_ base: Expr, _ name: String, _ arguments: [Argument], expected: CType?,
                           at location: SourceLocation, callee: Expr? = nil) -> Typed {
        if let implicitBase = Compiler.implicitMemberBase(base) {
            cannotGenerate(at: implicitBase.location)
            return .invalid
        }
        if !specializesGenericBase(base) { return .invalid }
        if let some = compileOptionalSome(base, name, arguments, expected: nil) { return some }  // `Optional<Int>.some(3)`
        if let type = nestedTypeReference(Expr(.member(base, name, location), at: base.location)) {
            return compileConstruction(type, arguments, at: location)  // `BlackjackCard.Suit(rawValue: "♡")`
        }
        if case .name(let typeName) = base.kind, nameBinding(typeName, node: base) == nil,
           case .user(let bound)? = genericBinding(typeName) {
            // `A.apply(x)`, `A` a type parameter: its placeholder's requirement, or the declared type it stands for.
            if let call = placeholderStaticCall(typeName, name, arguments, at: location) { return call }
            if bound.kind != .protocolType {
                return compileStaticMethodCall(bound, base, name, arguments, expected: expected, at: location)
            }
        }
        if let type = typeReference(base) {
            return compileStaticMethodCall(type, base, name, arguments, expected: expected, at: location)
        }
        if case .name(let typeName) = base.kind, nameBinding(typeName, node: base) == nil, registry.types[typeName] != nil {
            // `Tensor.where(mask, a, b)`: a native type's static method, registered as the function `Tensor.where`.
            if let statics = registry.functions[typeName + "." + name] {
                return compileNativeCall(statics, receiver: nil, arguments, at: location)
            }
            // `Tensor.zeros([2])` (cells write the global function `zeros([2])`): the checker reports it
            // (`TypeChecker.missingNativeStaticFunction`).
            cannotGenerate(at: location)
            return .invalid
        }
        if case .name(let typeName) = base.kind, nameBinding(typeName, node: base) == nil, let type = builtinType(named: typeName) {
            if let call = compileStdlibStaticMethodCall(type, name, arguments, expected: expected, at: location) { return call }
            cannotGenerate(at: location)
            return .invalid
        }
        // The base's type picks the member (extension, stored closure, generic, declared, native, stdlib); the base
        // is compiled once (`CompiledReceiver`): native and standard-library methods take that code as their
        // receiver, the other paths compile the base their own way (a place for a mutating method) and it is dropped.
        if let literalType = checkedLiteralReceiverType(base),  // `[1, 2].total()`: a `[Double]` (`TypeChecker.literalReceiverType`)
           let call = compileProtocolOrExtensionCall(base, literalType, name, arguments, at: location) { return call }
        let (staticBaseType, compiledBase) = compileReceiverOnce(base)
        defer { dropReceiver(compiledBase) }
        if let callee, let call = compileCallableMember(callee, staticBaseType, name, arguments, expected: expected) {
            return call
        }
        if let call = compileProtocolOrExtensionCall(base, staticBaseType, name, arguments, at: location) { return call }
        if let closure = compileStoredClosureCall(base, staticBaseType, name, arguments, at: location) {
            return closure
        }
        if case .user(let type) = staticBaseType,
           let call = compileGenericMemberCall(base, type, name, arguments, isStatic: false, expected: expected, at: location) {
            return call
        }
        if case .user(let type) = staticBaseType, let methods = type.methods[name] {
            let call = compileDeclaredMethodCall(methods, isClass: type.kind == .classType, base, name, arguments, owner: type,
                                                 at: location)
            return Compiler.covariantSelfResult(call, methods, receiver: type)
        }
        if let call = compileShortCircuitingSequenceCall(base, staticBaseType, name, arguments, at: location) { return call }
        if let elements = userSequenceAsArray(base, staticBaseType, name) {
            return compileMethodCall(elements, name, arguments, expected: expected, at: location)
        }
        if case .native(let typeName) = staticBaseType {
            return compileNativeMethodCall(base, staticBaseType, typeName, name, arguments, at: location, compiledBase: compiledBase)
        }
        if let result = compileStdlibMethodCall(base, staticBaseType, name, arguments, expected: expected, at: location,
                                                compiledBase: compiledBase) {
            return result
        }
        if !staticBaseType.hasError, let placeholder = placeholderMethodCall(staticBaseType, name, arguments, at: location) { return placeholder }
        cannotGenerate(at: location)
        return .invalid
    }

    /// `base.name(arguments)` where `name` is a stored or computed property (or a tuple element) rather than a method:
    /// the property's closure is read and called (`activation.f(x)`, `account.deposit(50)`). Nil when `name` is not
    /// such a member of `baseType`.
    private func compileStoredClosureCall(_ base: Expr, _ baseType: CType, _ name: String, _ arguments: [Argument],
                                          at location: SourceLocation) -> Typed? {
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
        return compileValueCall(closure, arguments, at: location)
    }

    func intArgument(_ argument: Argument) -> (Frame) throws -> Int {
        compileExpr(argument.value, expected: .int).int
    }

    /// A `<` over boxed values of a Comparable type (nil when `type` is none: the checker reported it); a run-time
    /// error inside a user `<` propagates.
    func lessThan(_ type: CType, at location: SourceLocation) -> ((Value, Value) throws -> Bool)? {
        switch type {
        case .int, .stringIndex: return { $0.intValue < $1.intValue }
        case .double: return { $0.doubleValue < $1.doubleValue }
        case .string, .character: return { $0.stringValue < $1.stringValue }
        case .integer(let kind): return { kind.less($0.intValue, $1.intValue) }
        case .unicodeScalar: return { $0.intValue < $1.intValue }
        case .substring: return { StringIndexing.text($0) < StringIndexing.text($1) }
        case .user(let userType):
            if let less = userType.staticMethods["<"]?.first(where: { $0.parameters.count == 2 && $0.returnType == .bool }) {
                let runtime = self.runtime, globals = self.globals
                return { a, b in
                    // A run-time error inside a user `<` propagates (sorts use `sortThrowing`).
                    let frame = try Compiler.invoke(less, parent: globals, arguments: [a, b], runtime: runtime, location: location)
                    return frame.word(less.context.returnSlot) != 0
                }
            }
            if let less = synthesizedLess(userType, at: location) { return less }
            if let less = placeholderLess(userType, at: location) { return less }
        default:
            break
        }
        cannotGenerate(at: location)
        return nil
    }

    /// Compiles a closure (or function value) argument with the given parameter and result types.
    func compileFunctionArgument(_ argument: Argument, _ parameters: [CType], _ result: CType?) -> (Frame) throws -> Value {
        rethrownFunctionValue(compileExpr(argument.value, expected: .function(parameters, result ?? .error))).value
    }

    /// The result type of a function-typed expression after compiling it (for `map`).
    func mapFunction(_ argument: Argument, _ parameters: [CType],
                     result resultHint: CType = .error) -> (code: (Frame) throws -> Value, result: CType) {
        let typed = rethrownFunctionValue(compileExpr(argument.value, expected: .function(parameters, resultHint)))
        guard case .function(_, let result) = typed.type else {
            cannotGenerate(at: argument.value.location)  // no result type to build the call's with
            return ({ _ in .void }, .error)
        }
        return (typed.value, result)
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
        case .user(let userType) where userType.kind == .classType:
            return compileInPlaceObjectField(slot, userType, name)
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

    /// `Type.name` where `Type` names a declared or built-in type or a constants table; nil when `typeName` is none.
    private func compileTypeNameMember(_ base: Expr, _ typeName: String, _ name: String, expected: CType?,
                                       at location: SourceLocation) -> Typed? {
        let binding = genericBinding(typeName)
        if case .user(let bound)? = binding, let zero = placeholderStaticMember(bound, name, at: location) { return zero }
        if let requirement = placeholderStaticProperty(typeName, name, at: location) { return requirement }
        var declared = declarations.userTypes[typeName]
        if case .user(let bound)? = binding, bound.kind != .protocolType { declared = bound }  // `T.zero`, T a struct
        if let type = declared {
            if let member = compileStaticMember(type, name, at: location) { return member }
            cannotGenerate(at: location)  // no such member: the checker reports it (`missingStaticMember`)
            return .invalid
        }
        if let type = builtinType(named: typeName) {
            if let initializer = initializerReference(base, typeName, name, expected: expected) { return initializer }
            if let member = staticMember(type, name, at: location) { return member }
            return .invalid
        }
        if registry.constants[typeName] != nil {
            return constant(typeName, name, at: location)
        }
        return nil
    }

    /// `.name` without a base: a member of the type the context expects.
    private func compileImplicitMember(_ name: String, expected: CType?, at location: SourceLocation) -> Typed {
        if case .user(let type)? = expected?.unwrapped {
            if let member = compileStaticMember(type, name, at: location) { return member }
            cannotGenerate(at: location)  // no such member: the checker reports it (`missingImplicitMember`)
            return .invalid
        }
        switch expected {
        case .constants(let typeName)?:
            return constant(typeName, name, at: location)
        case .double?:
            return staticMember(.double, name, at: location) ?? .invalid
        case .int?:
            return staticMember(.int, name, at: location) ?? .invalid
        case .integer?:
            return staticMember(expected!, name, at: location) ?? .invalid  // `.zero`, `.max` where a UInt8 is expected
        default:
            cannotGenerate(at: location)
            return .invalid
        }
    }

    /// A method call on a native object (`tensor.sum()`).
    private func compileNativeMethodCall(_ base: Expr, _ staticBaseType: CType, _ typeName: String, _ name: String,
                                         _ arguments: [Argument], at location: SourceLocation,
                                         compiledBase: CompiledReceiver?) -> Typed {
        if let call = compileNativeMutatingCallOnCopy(base, typeName, name, arguments, at: location) { return call }
        let receiver = adoptReceiver(compiledBase) ?? compileExpr(base, expected: nil)
        if let methods = registry.types[typeName]?.methods[name] {
            return compileNativeCall(methods, receiver: receiver, arguments, at: location)
        }
        cannotGenerate(at: location)
        return .invalid
    }

    /// `Type.name(arguments)`: an enum case with a payload, a static (or generic static) method, or a static closure.
    private func compileStaticMethodCall(_ type: UserType, _ base: Expr, _ name: String, _ arguments: [Argument],
                                         expected: CType?, at location: SourceLocation) -> Typed {
        if let index = type.caseIndex(name) { return compileEnumConstruction(type, index, arguments, at: location) }
        if let call = compileGenericMemberCall(base, type, name, arguments, isStatic: true, expected: expected, at: location) {
            return call
        }
        if let statics = type.staticMethods[name] ?? type.inheritedStaticMethods(named: name, reaches: staticBodiesReach) {
            // `Builder.buildBlock(a, b)`: a single variadic static method takes its arguments as one array.
            let arguments = statics.count == 1 && statics[0].parameters.contains(where: \.isVariadic)
                ? variadicArguments(base, statics[0], arguments) : arguments
            guard let (info, _) = selectOverload(statics, arguments, at: location) else { return .invalid }
            return compileMemberCall(info, receiver: nil, arguments, at: location)
        }
        if type.staticFields[name] != nil || type.staticComputed[name] != nil,
           let closure = compileStaticMember(type, name, at: location) {
            // `Type.handler(x)`: a static property holding a closure.
            return compileValueCall(closure, arguments, at: location)
        }
        cannotGenerate(at: location)
        return .invalid
    }
}
