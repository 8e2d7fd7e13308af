import Diagnostics
import Foundation

extension Compiler {
    /// Names of the built-in global functions (for did-you-mean).
    static let builtinFunctionNames: Set<String> = Set(unaryMathFunctions.keys).union(binaryMathFunctions.keys)
        .union(["print", "debugPrint", "abs", "min", "max", "fatalError", "precondition", "assert", "stride", "zip", "swap",
                "assertionFailure", "preconditionFailure", "sequence"])

    /// Global functions of the standard library that nbrun does not provide: a call is refused as not supported at
    /// the name (not `cannot find 'sequence' in scope`, which would say the program is wrong).
    static let unprovidedLibraryFunctions: Set<String> = ["repeatElement", "dump", "readLine"]

    /// The refusal of one of `unprovidedLibraryFunctions` (the generator's and the checker's).
    static func unprovidedFunction(_ name: String) -> CompileError {
        .unsupported(.standardLibraryFunction, name)
    }

    /// Double → Double functions from the C math library.
    static let unaryMathFunctions: [String: @Sendable (Double) -> Double] = [
        "exp": { Foundation.exp($0) }, "log": { Foundation.log($0) }, "log2": { Foundation.log2($0) },
        "log10": { Foundation.log10($0) }, "sqrt": { Foundation.sqrt($0) }, "sin": { Foundation.sin($0) },
        "cos": { Foundation.cos($0) }, "tan": { Foundation.tan($0) }, "asin": { Foundation.asin($0) },
        "acos": { Foundation.acos($0) }, "atan": { Foundation.atan($0) }, "sinh": { Foundation.sinh($0) },
        "cosh": { Foundation.cosh($0) }, "tanh": { Foundation.tanh($0) }, "floor": { Foundation.floor($0) },
        "ceil": { Foundation.ceil($0) }, "round": { Foundation.round($0) }, "trunc": { Foundation.trunc($0) },
        "exp2": { Foundation.exp2($0) }, "cbrt": { Foundation.cbrt($0) }, "log1p": { Foundation.log1p($0) },
        "expm1": { Foundation.expm1($0) },
    ]

    /// (Double, Double) → Double functions from the C math library.
    static let binaryMathFunctions: [String: @Sendable (Double, Double) -> Double] = [
        "pow": { Foundation.pow($0, $1) }, "atan2": { Foundation.atan2($0, $1) },
        "hypot": { Foundation.hypot($0, $1) }, "fmod": { Foundation.fmod($0, $1) },
        "remainder": { Foundation.remainder($0, $1) }, "copysign": { Foundation.copysign($0, $1) },
        "fmin": { Foundation.fmin($0, $1) }, "fmax": { Foundation.fmax($0, $1) },
    ]

    /// Compiles a call expression: declared functions, function values, built-ins, initializers, methods.
    func compileCall(_ callee: Expr, _ arguments: [Argument], expected: CType?, at location: SourceLocation) -> Typed {
        if let delegation = compileInitializerDelegation(callee, arguments, at: location) { return delegation }
        if let call = compileSuperCall(callee, arguments, at: location) ?? compileTypeOf(callee, arguments, at: location)
            ?? compileCallAsFunction(callee, arguments, expected: expected, at: location) {
            return call
        }
        switch callee.kind {
        case .name(let name):
            return compileNamedCall(callee, name, arguments, expected: expected, at: location)
        case .typeReference(let typeExpr):
            return compileInitializer(resolveType(typeExpr), arguments, at: location)
        case .dictionary(let pairs) where pairs.count == 1 && typeExpression(pairs[0].0) != nil
                                            && typeExpression(pairs[0].1) != nil:
            // `[String: Int]()` parses as a dictionary literal called like a function.
            let type = CType.dictionary(resolveType(typeExpression(pairs[0].0)!), resolveType(typeExpression(pairs[0].1)!))
            return compileInitializer(type, arguments, at: location)
        case .array(let elements) where elements.count == 1 && typeExpression(callee) != nil:
            // `[Double](repeating: 0, count: 3)` parses as an array literal called like a function.
            return compileInitializer(resolveType(typeExpression(callee)!), arguments, at: location)
        case .member(let base?, let name, let nameLocation):
            return compileMethodCall(base, name, arguments, expected: expected, at: nameLocation, callee: callee)
        case .member(nil, let name, let nameLocation):
            // `.circle(radius: 2)` / `.make()` with a contextual type.
            if case .user(let type)? = expected?.unwrapped {
                if let index = type.caseIndex(name) { return compileEnumConstruction(type, index, arguments, at: nameLocation) }
                if let statics = type.staticMethods[name], let (info, _) = selectOverload(statics, arguments, at: nameLocation) {
                    return compileMemberCall(info, receiver: nil, arguments, at: nameLocation)
                }
            }
            if name == "init", let construction = compileContextualInitializer(expected, arguments, at: location) {
                return construction
            }
            if let some = compileOptionalSome(nil, name, arguments, expected: expected) { return some }  // `best = .some(x)`
            cannotGenerate(at: nameLocation)
            return .invalid
        default:
            // An `if` or `switch` expression with a throwing branch takes the type the checker gave it in its context.
            let context = ClosureLiteral.isInlineExpression(callee) ? checkedType(callee) : valueClosureContext(callee, arguments, expected: expected)
            let function = compileExpr(callee, expected: context)
            return compileValueCall(function, arguments, at: location)
        }
    }

    /// The type an expression spells when it names one (`Double`, `[Double]`, `[[Int]]`, `[Point]`), unless shadowed.
    func typeExpression(_ expr: Expr) -> TypeExpr? {
        switch expr.kind {
        case .name(let name):
            guard nameBinding(name, node: expr) == nil else { return nil }
            if builtinType(named: name) != nil || registry.types[name] != nil || userType(named: name) != nil {
                return .named(name, expr.location)  // `[Point]()`, `[String: Layer]()`
            }
            return nil
        case .array(let elements) where elements.count == 1:
            return typeExpression(elements[0]).map { .array($0) }
        case .optionalChain(let wrapped):
            return typeExpression(wrapped).map { .optional($0) }  // `[Int?]([1, nil])`
        case .typeReference(let type):
            return type
        default:
            return nil
        }
    }

    /// A built-in type named in expression position (`Double`, `Int`, ...), unless a variable shadows it.
    func builtinType(named name: String) -> CType? {
        switch name {
        case "Int": return .int
        case "Double": return .double
        case "Bool": return .bool
        case "String": return .string
        case "Substring": return .substring
        case "Character": return .character
        case "UnicodeScalar": return .unicodeScalar
        case "Array": return .array(.error)
        case "Dictionary": return .dictionary(.error, .error)
        case "Set": return .set(.error)
        case "Hasher": return .hasher
        case "ObjectIdentifier": return .objectIdentifier
        default:
            if let kind = IntegerKind(name: name), declarations.typeAliases[name] == nil { return .integer(kind) }
            if let alias = declarations.typeAliases[name], !alias.hasError {
                if case .user = alias { return nil }  // found by `userType(named:)`
                return alias
            }
            // `T(xs.count)` in a generic body specialized to a built-in type (`T: BinaryFloatingPoint` is Double).
            if let bound = genericBinding(name), !bound.hasError {
                if case .user = bound { return nil }
                return bound
            }
            return nil
        }
    }

    /// Whether a call's arguments are `count` unlabelled ones (the code is built for those only).
    func unlabelled(_ arguments: [Argument], count: Int, at location: SourceLocation) -> Bool {
        guard arguments.count == count, arguments.allSatisfy({ $0.label == nil }) else {
            cannotGenerate(at: location)
            return false
        }
        return true
    }

    /// A math function used as a value, e.g. `xs.map(sqrt)`.
    func builtinFunctionValue(_ name: String, _ node: Expr, expected: CType?, at location: SourceLocation) -> Typed? {
        if let function = Compiler.unaryMathFunctions[name] {
            return Typed(type: .function([.double], .double), code: .value { _ in
                .function(FunctionValue(arity: 1) { .double(function($0.first?.doubleValue ?? 0)) })
            })
        }
        if let function = Compiler.binaryMathFunctions[name] {
            return Typed(type: .function([.double, .double], .double), code: .value { _ in
                .function(FunctionValue(arity: 2) { arguments in
                    .double(function(arguments.first?.doubleValue ?? 0, arguments.dropFirst().first?.doubleValue ?? 0))
                })
            })
        }
        return minMaxFunctionValue(name, node, expected: expected)
    }

    /// Compiles a call of a built-in global function; `nil` when `name` is not one.
    func compileBuiltinCall(_ name: String, _ arguments: [Argument], expected: CType?,
                            at location: SourceLocation) -> Typed? {
        if let function = Compiler.unaryMathFunctions[name] {
            guard unlabelled(arguments, count: 1, at: location) else { return .invalid }
            let argument = doubleArgument(arguments[0])
            return Typed(type: .double, code: .double { function(try argument($0)) })
        }
        if let function = Compiler.binaryMathFunctions[name] {
            guard unlabelled(arguments, count: 2, at: location) else { return .invalid }
            let x = doubleArgument(arguments[0]), y = doubleArgument(arguments[1])
            return Typed(type: .double, code: .double { function(try x($0), try y($0)) })
        }
        switch name {
        case "print", "debugPrint":
            return compilePrint(arguments, debug: name == "debugPrint", at: location)
        case "Optional":
            guard unlabelled(arguments, count: 1, at: location) else { return .invalid }
            let typed = compileExpr(arguments[0].value, expected: expected?.unwrapped)
            return Typed(type: .optional(typed.type), code: .value(typed.value))
        case "stride":
            return compileStride(arguments, at: location)
        case "zip":
            return compileZip(arguments, at: location)
        case "sequence":
            return compileSequenceCall(arguments, expected: expected, at: location)
        case "swap":
            return compileSwap(arguments, at: location)
        case "abs":
            return compileAbs(name, arguments, expected: expected, at: location)
        case "min", "max":
            return compileMinMax(name, arguments, expected: expected, at: location)
        case "fatalError", "assertionFailure", "preconditionFailure":
            var message: ((Frame) throws -> String)?
            if let first = arguments.first {
                let typed = compileExpr(first.value, expected: .string)
                message = typed.type == .string ? { try typed.value($0).stringValue } : nil
            }
            return Typed(type: .void, code: .void { frame in
                let text = try message?(frame) ?? ""
                throw RuntimeError(message: text.isEmpty ? "Fatal error" : "Fatal error: \(text)", location: location)
            })
        case "precondition", "assert":
            return compileAssertion(name, arguments, at: location)
        default:
            return nil
        }
    }

    /// `stride(from:to:by:)` and `stride(from:through:by:)`, materialised as an array of Int or Double.
    private func compileStride(_ arguments: [Argument], at location: SourceLocation) -> Typed {
        let labels = arguments.map(\.label)
        guard labels == ["from", "to", "by"] || labels == ["from", "through", "by"] else {
            cannotGenerate(at: location)
            return .invalid
        }
        let through = labels[1] == "through"
        let allLiterals = arguments.allSatisfy { $0.value.isNumericLiteral }
        var type: CType = .int
        if allLiterals {
            type = arguments.contains { $0.value.containsFloatLiteral } ? .double : .int
        } else if let anchor = arguments.first(where: { !$0.value.isNumericLiteral }) {
// The checker's type (`checkerType`): the anchor's type is the contextual type every argument compiles with.
            type = checkerType(anchor.value)
        }
        guard type == .int || type == .double else {
            cannotGenerate(at: location)
            return .invalid
        }
        let codes = arguments.map { argument -> Typed in
            converted(compileExpr(argument.value, expected: type), to: type, at: argument.value.conversionLocation)
        }
        let runtime = self.runtime
        if type == .int {
            let start = codes[0].int, end = codes[1].int, step = codes[2].int
            return Typed(type: .array(.int), code: .value { frame in
                let from = try start(frame), to = try end(frame), by = try step(frame)
                guard by != 0 else { throw RuntimeError(message: "Stride size must not be zero", location: location) }
                if (Double(to) - Double(from)) / Double(by) > Double(AllocationLimit.maxElements) + 1 {
                    throw AllocationLimit.tooManyElements(at: location)
                }
                var result: [Value] = []
                var value = from
                while by > 0 ? (through ? value <= to : value < to) : (through ? value >= to : value > to) {
                    if result.count == AllocationLimit.maxElements { throw AllocationLimit.tooManyElements(at: location) }
                    result.append(.int(value))
                    try runtime.tick(location)
                    let (next, overflow) = value.addingReportingOverflow(by)
                    if overflow { break }
                    value = next
                }
                return .array(result)
            })
        }
        let start = codes[0].double, end = codes[1].double, step = codes[2].double
        return Typed(type: .array(.double), code: .value { frame in
            let from = try start(frame), to = try end(frame), by = try step(frame)
            guard by != 0 else { throw RuntimeError(message: "Stride size must not be zero", location: location) }
            if !((to - from) / by <= Double(AllocationLimit.maxElements) + 1) && (by > 0 ? from < to : from > to) {
                throw AllocationLimit.tooManyElements(at: location)
            }
            var result: [Value] = []
            var index = 0.0
            while true {
                // Swift computes each element as start + index * stride with one fused multiply-add (no accumulated rounding).
                let value = from.addingProduct(index, by)
                let inside = by > 0 ? (through ? value <= to : value < to) : (through ? value >= to : value > to)
                if !inside { break }
                if result.count == AllocationLimit.maxElements { throw AllocationLimit.tooManyElements(at: location) }
                result.append(.double(value))
                try runtime.tick(location)
                index += 1
            }
            return .array(result)
        })
    }

    /// Compiles an argument that must be a Double (literals adapt).
    func doubleArgument(_ argument: Argument) -> (Frame) throws -> Double {
        compileExpr(argument.value, expected: .double).double
    }

    /// `print(…)`, or `debugPrint(…)` when `debug` (each item as it shows inside a collection).
    private func compilePrint(_ arguments: [Argument], debug: Bool, at location: SourceLocation) -> Typed {
        var items: [(Frame) throws -> String] = []
        var separator: (Frame) throws -> String = { _ in " " }
        var terminator: (Frame) throws -> String = { _ in "\n" }
        var refused = false
        for argument in arguments {
            switch argument.label {
            case nil:
                if refusePrintedWrapper(argument.value) { refused = true; continue }
                let typed = compileExpr(argument.value, expected: printItemContext(argument.value))
                items.append(debug ? debugDescriber(typed, at: argument.value.location)
                                   : describer(typed, at: argument.value.location))
            case "separator", "terminator":
                let code = compileExpr(argument.value, expected: .string).value
                let text: (Frame) throws -> String = { try code($0).stringValue }
                if argument.label == "separator" { separator = text } else { terminator = text }
            case _?:
                cannotGenerate(at: argument.location)
                return .invalid
            }
        }
        if refused { return .invalid }
        let runtime = self.runtime
        return Typed(type: .void, code: .void { frame in
            var output = ""
            let separatorText = try separator(frame)
            for (index, item) in items.enumerated() {
                if index > 0 { output += separatorText }
                output += try item(frame)
            }
            output += try terminator(frame)
            try runtime.write(output, at: location)
            return
        })
    }

    private func compileMinMax(_ name: String, _ arguments: [Argument], expected: CType?,
                               at location: SourceLocation) -> Typed {
        guard arguments.count >= 2, arguments.allSatisfy({ $0.label == nil }) else {
            cannotGenerate(at: location)
            return .invalid
        }
        var type: CType
        if let anchor = arguments.first(where: { !$0.value.isNumericLiteral }) {
// The checker's type (`checkerType`): the anchor's type is the contextual type every argument compiles with.
            type = checkerType(anchor.value)
        } else {
            type = arguments.contains { $0.value.containsFloatLiteral } ? .double : (expected == .double ? .double : .int)
        }
        let compiled = arguments.map { compileExpr($0.value, expected: type) }
        let isMin = name == "min"
        switch type {
        case .int:
            let codes = compiled.map(\.int)
            if codes.count == 2 {
                let x = codes[0], y = codes[1]
                return Typed(type: .int, code: .int { isMin ? Swift.min(try x($0), try y($0)) : Swift.max(try x($0), try y($0)) })
            }
            return Typed(type: .int, code: .int { frame in
                var result = try codes[0](frame)
                for code in codes.dropFirst() {
                    let value = try code(frame)
                    result = isMin ? Swift.min(result, value) : Swift.max(result, value)
                }
                return result
            })
        case .double:
            let codes = compiled.map(\.double)
            return Typed(type: .double, code: .double { frame in
                var result = try codes[0](frame)
                for code in codes.dropFirst() {
                    let value = try code(frame)
                    result = isMin ? Swift.min(result, value) : Swift.max(result, value)
                }
                return result
            })
        case .string:
            let codes = compiled.map(\.value)
            return Typed(type: .string, code: .value { frame in
                var result = try codes[0](frame).stringValue
                for code in codes.dropFirst() {
                    let value = try code(frame).stringValue
                    result = isMin ? Swift.min(result, value) : Swift.max(result, value)
                }
                return .string(result)
            })
        case .user, .integer:
            guard let less = lessThan(type, at: location) else { return .invalid }
            let codes = compiled.map(\.value)
            return Typed(type: type, code: .value { frame in
                var result = try codes[0](frame)
                for code in codes.dropFirst() {
                    let value = try code(frame)
                    // As Swift's min and max: min keeps the first of equals, max the last.
                    if try isMin ? less(value, result) : !less(value, result) { result = value }
                }
                return result
            })
        default:
            cannotGenerate(at: location)
            return .invalid
        }
    }
}

extension Compiler {
    /// `swap(&a, &b)`: exchanges the values stored at two places of the same type.
    func compileSwap(_ arguments: [Argument], at location: SourceLocation) -> Typed {
        guard unlabelled(arguments, count: 2, at: location) else { return .invalid }
        var places: [Place] = []
        var failed = false
        for argument in arguments {
            // Each argument is checked, so both mistakes of `swap(&a?.x, &b?.x)` are reported, as swiftc does.
            guard case .inoutArgument(let target) = argument.value.kind else {
                cannotGenerate(at: argument.value.location)
                failed = true
                continue
            }
            guard let place = compileInoutPlace(target, at: argument.value.location) else {
                failed = true
                continue
            }
            places.append(place)
        }
        if failed { return .invalid }
        if places[0].type != places[1].type {  // places of two types: the checker reports it (`TypeChecker.swapCall`)
            cannotGenerate(at: arguments[1].value.location)
            return .invalid
        }
        let aliasing = inoutAliasingCheck(arguments, at: location) ?? { _ in }
        if places.contains(where: { $0.read != nil }) { return compileAccessorSwap(places[0], places[1], aliasing: aliasing) }
        let first = places[0].modify, second = places[1].modify
        return Typed(type: .void, code: .void { frame in
            try aliasing(frame)
            var held = Value.void
            try first(frame) { held = $0 }
            try second(frame) { value in Swift.swap(&held, &value) }
            try first(frame) { $0 = held }
        })
    }

    /// A call of a name: a variable or declared function, a generic function, a type's initializer, a built-in or native function.
    private func compileNamedCall(_ callee: Expr, _ name: String, _ arguments: [Argument], expected: CType?,
                                  at location: SourceLocation) -> Typed {
        if nameLookups != nil { recordLookup(name, at: callee.location) }
        // `Swift.max(a, b)`, `Foundation.sqrt(x)`: the library's function, whatever the cell declares of that name.
        if callee.isLibraryQualified, let builtin = compileBuiltinCall(name, arguments, expected: expected, at: location) {
            noteResolution(.builtin(name))
            return builtin
        }
        let binding: Binding?
        switch callee.isLibraryQualified ? .binding(nameBinding(name, node: callee)) : resolvedName(name, node: callee) ?? scopeName(name, at: callee.location) {
        case .member(let member):
            guard case .member(let base?, _, let memberLocation) = member.kind else { return .invalid }
            return compileMethodCall(base, name, arguments, expected: expected, at: memberLocation, callee: member)
        case .binding(let found):
            binding = found
        }
        switch binding {
        case .variable(let variable)?:
            return compileValueCall(load(variable), arguments, at: location)
        case .accessor(let variable)?:
            return compileValueCall(loadAccessorVariable(variable), arguments, at: location)
        case .functions(let overloads)?:
            if let library = compileLibraryOverloadCall(name, overloads, arguments, expected: expected, at: location) { return library }
            var arguments = arguments
            if overloads.count == 1, overloads[0].parameters.contains(where: \.isVariadic) {
                arguments = variadicArguments(callee, overloads[0], arguments)
            }
            guard let (info, matched) = selectOverload(overloads, arguments, at: location, orGenerics: true) else {
                return compileGenericCall(name, arguments, at: location) ?? .invalid
            }
            return compileDirectCall(info, matched, arguments, at: location)
        case nil:
            break
        }
        if let generic = compileGenericCall(name, arguments, expected: expected, at: location) { return generic }
        if let converted = placeholderConversion(name, arguments, at: location) { return converted }
        if let type = userType(named: name) {
            return compileConstruction(type, arguments, at: location)
        }
        if let builtin = compileBuiltinCall(name, arguments, expected: expected, at: location)
            ?? compileAnyIterator(name, arguments, expected: expected, at: location) {
            noteResolution(.builtin(name))
            return builtin
        }
        if var type = builtinType(named: name) {
            // `let a: [Double] = Array(repeating: 0, count: 3)`: the element type comes from the context, as in Swift.
            if type == .array(.error), case .array(let element)? = expected, !element.hasError,
               arguments.map(\.label) == ["repeating", "count"] {
                type = .array(element)
            }
            return compileInitializer(type, arguments, at: location)
        }
        if let functions = registry.functions[name] {
            return compileNativeCall(functions, receiver: nil, arguments, at: location)
        }
        if let type = registry.types[name] {
            guard !type.initializers.isEmpty else {
                cannotGenerate(at: location)
                return .invalid
            }
            return compileNativeCall(type.initializers, receiver: nil, arguments, at: location)
        }
        cannotGenerate(at: callee.location)  // an unknown name: the checker's mistake (`TypeChecker.reportsUnknownName`)
        return .invalid
    }

    /// `precondition(condition, message)` and `assert(condition, message)`: a false condition stops the program.
    private func compileAssertion(_ name: String, _ arguments: [Argument], at location: SourceLocation) -> Typed {
        guard let first = arguments.first else {
            cannotGenerate(at: location)
            return .invalid
        }
        let condition = compileExpr(first.value, expected: .bool)
        var message: ((Frame) throws -> String)?
        if arguments.count > 1 {
            let typed = compileExpr(arguments[1].value, expected: .string)
            message = { try typed.value($0).stringValue }
        }
        let test = condition.bool
        let kind = name == "assert" ? "Assertion failed" : "Precondition failed"
        return Typed(type: .void, code: .void { frame in
            if try !test(frame) {
                let text = try message?(frame) ?? ""
                throw RuntimeError(message: text.isEmpty ? kind : "\(kind): \(text)", location: location)
            }
            return
        })
    }

    /// `abs(x)` on an Int (overflow on `Int.min` stops the program), a Double or a signed fixed-width integer.
    private func compileAbs(_ name: String, _ arguments: [Argument], expected: CType?, at location: SourceLocation) -> Typed {
        guard unlabelled(arguments, count: 1, at: location) else { return .invalid }
        let typed = compileExpr(arguments[0].value, expected: expected)
        switch typed.type {
        case .int:
            let x = typed.int
            return Typed(type: .int, code: .int { frame in
                let value = try x(frame)
                if value == .min { throw RuntimeError(message: "arithmetic overflow in 'abs'", location: location) }
                return Swift.abs(value)
            })
        case .double:
            let x = typed.double
            return Typed(type: .double, code: .double { Swift.abs(try x($0)) })
        case .integer(let kind) where kind.signed:
            return integerAbs(typed, kind, at: location)
        default:
            if let placeholder = placeholderAbs(typed, at: location) { return placeholder }
            cannotGenerate(at: arguments[0].value.location)
            return .invalid
        }
    }
}
