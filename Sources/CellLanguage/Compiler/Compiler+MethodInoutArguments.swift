import Diagnostics

/// `inout` parameters of methods (`func update(_ grid: inout [[Int]])`, `static func swapFirst(_ a: inout [Int])`,
/// `mutating func absorb(_ other: inout Stack)`): each `&place` argument is read into the callee's parameter before
/// the call and the parameter's final value written back into the place after it, as in Swift.
struct MethodArguments {
    /// The code of each argument after the receiver, in parameter order (an `inout` one reads its place).
    var codes: [(Frame) throws -> Value]
    /// The only argument's compiled expression, when the method takes exactly one and it is passed by value: a call
    /// can run it in its own representation (a word unboxed), without reading `codes`, whose closures sit behind
    /// reabstraction thunks (an array stores them in their most general form).
    var single: Typed?
    /// Swift's run-time exclusivity check of the `inout` arguments (overlapping parts of a global), if they need one.
    var check: ((Frame) throws -> Void)?
    /// Writes each `inout` parameter's final value back, from the frame of the method that ran.
    var writeBacks: [(_ caller: Frame, _ callee: Frame, _ method: FunctionInfo) throws -> Void] = []

    /// Runs the write-backs after a call of `method` that ran in `callee`.
    func writeBack(_ caller: Frame, _ callee: Frame, _ method: FunctionInfo) throws {
        for writeBack in writeBacks { try writeBack(caller, callee, method) }
    }
}

extension Compiler {
    /// The places of the `&place` arguments of `declared`'s `inout` parameters (declared index → place), with those
    /// parameters set to nil in `matched`; nil for an argument without `&` or a place of another type (the checker
    /// reports them, `TypeChecker.inoutArgument`).
    func inoutArgumentPlaces(_ declared: [FunctionInfo.Parameter], _ matched: inout [Int?], _ arguments: [Argument]) -> [Int: Place]? {
        var places: [Int: Place] = [:]
        for (index, parameter) in declared.enumerated() where parameter.isInout {
            defer { matched[index] = nil }
            guard let argumentIndex = matched[index] else { continue }
            let argument = arguments[argumentIndex].value
            guard case .inoutArgument(let target) = argument.kind else {
                cannotGenerate(at: argument.location)
                return nil
            }
            guard let place = compileInoutPlace(target, at: argument.location) else { return nil }
            guard place.type == parameter.type else {
                cannotGenerate(at: argument.location)
                return nil
            }
            places[index] = place
        }
        return places
    }

    /// `x.mutate(&x.part)` on a global `x`: the receiver of a mutating method is an `inout` access too; an `inout`
    /// argument that overlaps it stops the program when the call runs (the compile-time errors, the same variable
    /// or parts of a local value, are `ExclusiveAccessCheck`'s).
    func checkReceiverAliasing(_ base: Expr, _ arguments: [Argument]) -> ((Frame) throws -> Void)? {
        let receiver = Argument(label: nil, value: Expr(.inoutArgument(base), at: base.location), location: base.location)
        var checks: [(Frame) throws -> Void] = []
        for argument in arguments {
            guard case .inoutArgument = argument.value.kind,
                  let check = inoutAliasingCheck([receiver, argument], at: argument.location) else { continue }
            checks.append(check)
        }
        if checks.isEmpty { return nil }
        return { frame in for check in checks { try check(frame) } }
    }

    /// The write-back of the `inout` parameter at `parameterIndex` (counting `self`) into `place`.
    static func inoutWriteBack(_ place: Place, parameterIndex: Int, type: CType)
        -> (_ caller: Frame, _ callee: Frame, _ method: FunctionInfo) throws -> Void {
        let modify = place.modify, write = place.write
        return { caller, callee, method in
            let slot = method.parameterSlots[parameterIndex]
            let final = type.isWord ? WordCoding.value(callee.word(slot), type) : callee.value(slot)
            if let write { try write(caller, final) } else { try modify(caller) { $0 = final } }
        }
    }

    /// A `mutating` method with `inout` parameters run on `place` (`compileMutatingCall`).
    func compileMutatingCallWritingBack(_ info: FunctionInfo, place: Place, _ arguments: MethodArguments,
                                        at location: SourceLocation) -> Typed {
        let runtime = self.runtime, globals = self.globals, codes = arguments.codes, modify = place.modify
        let check = arguments.check
        return Typed.fromValue(info.returnType) { frame in
            try check?(frame)
            var values: [Value] = []
            for code in codes { values.append(try code(frame)) }
            var result = Value.void
            var ran: Frame?
            try modify(frame) { receiver in
                result = try Compiler.invokeMutating(info, parent: globals, receiver: &receiver, runtime: runtime,
                                                     location: location) { callee in
                    ran = callee
                    Compiler.store(values, of: info, into: callee, from: 1)
                }
            }
            if let ran { try arguments.writeBack(frame, ran, info) }
            return result
        }
    }
}

extension Compiler {
    /// swiftc's words for a literal or a binary operator's result given to an `inout` parameter (with or without
    /// `&`): `literals are not mutable`, `binary operator returns immutable value`; nil for anything else.
    static func immutableInoutValue(_ argument: Expr) -> CompileError? {
        if isValueLiteral(argument) { return .inoutLiteral }
        if case .binary = argument.kind {
            return .changeOfCallResult(access: "cannot pass immutable value as inout argument", source: "binary operator")
        }
        return nil
    }

    /// Whether `expr` is a number, Boolean or string literal (not `nil`).
    static func isValueLiteral(_ expr: Expr) -> Bool {
        if case .nilLiteral = expr.kind { return false }
        return isLiteral(expr)
    }
}
