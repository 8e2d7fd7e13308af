/// `Int`, `Double` and `Bool`.
enum NumberMembers {
    static let int = StdlibTable("Int", about: "A 64-bit signed integer; overflow is a runtime error, as in Swift.", members: [
        StdlibMember("var description: String", "The number as text.", value: description),
        StdlibMember("func isMultiple(of other: Int) -> Bool", "Whether `other` divides the number.") { site in
            let x = site.receiver.int, y = site.compiler.intArgument(site.arguments[0])
            return Typed(type: .bool, code: .bool { frame in
                let divisor = try y(frame)
                return try x(frame).isMultiple(of: divisor)
            })
        },
        StdlibMember("func quotientAndRemainder(dividingBy rhs: Int) -> (quotient: Int, remainder: Int)",
                     "The quotient and remainder of the division truncated towards zero (`/` and `%` at once).") { site in
            let x = site.receiver.int, y = site.compiler.intArgument(site.arguments[0]), location = site.location
            let type = CType.tuple([TupleElement(label: "quotient", type: .int), TupleElement(label: "remainder", type: .int)])
            return Typed(type: type, code: .value { frame in
                let dividend = try x(frame), divisor = try y(frame)
                guard divisor != 0 else { throw RuntimeError(message: "Division by zero", location: location) }
                guard !(dividend == .min && divisor == -1) else {
                    throw RuntimeError(message: "Division results in an overflow", location: location)
                }
                let (quotient, remainder) = dividend.quotientAndRemainder(dividingBy: divisor)
                return .tuple([.int(quotient), .int(remainder)])
            })
        },
        intProperty("var nonzeroBitCount: Int", "How many bits of the two's-complement value are 1.") { $0.nonzeroBitCount },
        intProperty("var leadingZeroBitCount: Int", "How many 0 bits precede the highest 1 bit (64 for 0).") {
            $0.leadingZeroBitCount
        },
        intProperty("var trailingZeroBitCount: Int", "How many 0 bits follow the lowest 1 bit (64 for 0).") {
            $0.trailingZeroBitCount
        },
        intStep("func advanced(by n: Int) -> Int", "The number plus `n` (`Strideable`).") { $0.addingReportingOverflow($1) },
        intStep("func distance(to other: Int) -> Int", "`other` minus the number (`Strideable`).") { $1.subtractingReportingOverflow($0) },
        .mutating("mutating func negate()", "Changes the variable's sign; negating `Int.min` overflows.") { site in
            guard let place = site.place() else { return .invalid }
            let modify = place.modify, location = site.location
            return Typed(type: .void, code: .value { frame in
                try modify(frame) { value in
                    let (negated, overflow) = (0).subtractingReportingOverflow(value.intValue)
                    if overflow { throw RuntimeError(message: "arithmetic overflow in 'negate'", location: location) }
                    value = .int(negated)
                }
                return .void
            })
        },
        intConstant("static var max: Int", "The largest Int.", Int.max),
        intConstant("static var min: Int", "The smallest Int.", Int.min),
        intConstant("static var zero: Int", "0 (`AdditiveArithmetic`'s zero, for generic code).", 0),
    ] + IntegerMembers.reportingOverflow(self: "Int") + RandomMembers.int)

    static let double = StdlibTable("Double", about: "A 64-bit IEEE 754 floating-point number.", members: [
        doubleTest("var isNaN: Bool", "Whether the value is NaN.") { $0.isNaN },
        doubleTest("var isFinite: Bool", "Whether the value is neither infinite nor NaN.") { $0.isFinite },
        doubleTest("var isInfinite: Bool", "Whether the value is infinite.") { $0.isInfinite },
        doubleFunction("var magnitude: Double", "The absolute value.") { $0.magnitude },
        StdlibMember("var description: String", "The number as Swift prints it.", value: description),
        doubleFunction("func rounded() -> Double", "Rounded to the nearest integer, halves away from zero.") { $0.rounded() },
        StdlibMember("func rounded(_ rule: FloatingPointRoundingRule) -> Double",
                     "Rounded to an integer by `rule`: `.up`, `.down`, `.towardZero`, `.awayFromZero`, `.toNearestOrEven` or "
                        + "`.toNearestOrAwayFromZero`, written at the call.") { site in
            guard case .member(nil, let ruleName, _) = site.arguments[0].value.kind, let rule = roundingRules[ruleName] else {
                site.compiler.cannotGenerate(at: site.arguments[0].value.location)
                return .invalid
            }
            let x = site.receiver.double
            return Typed(type: .double, code: .double { try x($0).rounded(rule) })
        },
        .mutating("mutating func round()", "Rounds the variable to the nearest integer, halves away from zero.") { site in
            roundInPlace(site, .toNearestOrAwayFromZero)
        },
        .mutating("mutating func round(_ rule: FloatingPointRoundingRule)",
                  "Rounds the variable to an integer by `rule`, written at the call (as `rounded(_:)`).") { site in
            guard case .member(nil, let ruleName, _) = site.arguments[0].value.kind, let rule = roundingRules[ruleName] else {
                site.compiler.cannotGenerate(at: site.arguments[0].value.location)
                return .invalid
            }
            return roundInPlace(site, rule)
        },
        .mutating("mutating func negate()", "Changes the variable's sign.") { site in
            guard let place = site.place() else { return .invalid }
            let modify = place.modify
            return Typed(type: .void, code: .value { frame in
                try modify(frame) { value in value = .double(-value.doubleValue) }
                return .void
            })
        },
        doubleFunction("func squareRoot() -> Double", "The square root.") { $0.squareRoot() },
        doubleBinary("func truncatingRemainder(dividingBy other: Double) -> Double",
                     "The remainder of the division truncated towards zero (like `%` on Ints).") {
            $0.truncatingRemainder(dividingBy: $1)
        },
        doubleBinary("func remainder(dividingBy other: Double) -> Double",
                     "The IEEE remainder: the number minus `other` times the quotient rounded to the nearest integer.") {
            $0.remainder(dividingBy: $1)
        },
        doubleTest("var isZero: Bool", "Whether the value is 0 or -0.") { $0.isZero },
        doubleTest("var isNormal: Bool", "Whether the value is finite, not zero and not subnormal.") { $0.isNormal },
        doubleFunction("var ulp: Double", "The distance from the value to the next Double of greater magnitude.") { $0.ulp },
        doubleFunction("var nextUp: Double", "The least Double greater than the value.") { $0.nextUp },
        doubleFunction("var nextDown: Double", "The greatest Double less than the value.") { $0.nextDown },
        StdlibMember("func advanced(by n: Double) -> Double", "The number plus `n` (`Strideable`).") { site in
            let x = site.receiver.double, n = site.compiler.doubleArgument(site.arguments[0])
            return Typed(type: .double, code: .double { try x($0) + (try n($0)) })
        },
        StdlibMember("func distance(to other: Double) -> Double", "`other` minus the number (`Strideable`).") { site in
            let x = site.receiver.double, other = site.compiler.doubleArgument(site.arguments[0])
            return Typed(type: .double, code: .double { frame in
                let start = try x(frame)
                return try other(frame) - start
            })
        },
        doubleConstant("static var pi: Double", "π.", Double.pi),
        doubleConstant("static var infinity: Double", "Positive infinity.", Double.infinity),
        doubleConstant("static var nan: Double", "A quiet NaN.", Double.nan),
        doubleConstant("static var greatestFiniteMagnitude: Double", "The largest finite Double.", Double.greatestFiniteMagnitude),
        doubleConstant("static var leastNonzeroMagnitude: Double", "The smallest positive Double.", Double.leastNonzeroMagnitude),
        doubleConstant("static var ulpOfOne: Double", "The distance from 1 to the next Double.", Double.ulpOfOne),
        doubleConstant("static var leastNormalMagnitude: Double", "The smallest positive normal Double.", Double.leastNormalMagnitude),
        doubleConstant("static var zero: Double", "0.0 (`AdditiveArithmetic`'s zero, for generic code).", 0),
    ] + RandomMembers.double)

    /// An Int member of one Int argument computed by `operation` (receiver, argument), an overflow being a run-time
    /// error at the member.
    private static func intStep(_ declaration: String, _ summary: String,
                                _ operation: @escaping @Sendable (Int, Int) -> (partialValue: Int, overflow: Bool)) -> StdlibMember {
        StdlibMember(declaration, summary) { site in
            let x = site.receiver.int, y = site.compiler.intArgument(site.arguments[0]), location = site.location
            let name = site.name
            return Typed(type: .int, code: .int { frame in
                let receiver = try x(frame)
                let (result, overflow) = operation(receiver, try y(frame))
                if overflow { throw RuntimeError(message: "arithmetic overflow in '\(name)'", location: location) }
                return result
            })
        }
    }

    /// The rounding rules, by the name written after the dot.
    static let roundingRules: [String: FloatingPointRoundingRule] = [
        "up": .up, "down": .down, "towardZero": .towardZero, "awayFromZero": .awayFromZero,
        "toNearestOrEven": .toNearestOrEven, "toNearestOrAwayFromZero": .toNearestOrAwayFromZero,
    ]

    /// `x.round(rule)`: the Double stored at the receiver's place, rounded where it is.
    static func roundInPlace(_ site: PlaceSite, _ rule: FloatingPointRoundingRule) -> Typed {
        guard let place = site.place() else { return .invalid }
        let modify = place.modify
        return Typed(type: .void, code: .value { frame in
            try modify(frame) { value in value = .double(value.doubleValue.rounded(rule)) }
            return .void
        })
    }

    static let bool = StdlibTable("Bool", about: "`true` or `false`.", members: [
        StdlibMember("var description: String", "`\"true\"` or `\"false\"`.", value: description),
    ] + RandomMembers.bool)

    @Sendable static func description(_ site: ValueSite) -> Typed? {
        let describe = site.compiler.describer(site.receiver)
        return Typed(type: .string, code: .value { .string(try describe($0)) })
    }

    static func intProperty(_ declaration: String, _ summary: String, _ read: @escaping @Sendable (Int) -> Int) -> StdlibMember {
        StdlibMember(declaration, summary) { site in
            let x = site.receiver.int
            return Typed(type: .int, code: .int { read(try x($0)) })
        }
    }

    static func intConstant(_ declaration: String, _ summary: String, _ n: Int) -> StdlibMember {
        StdlibMember(declaration, summary) { _ in Typed(type: .int, code: .int { _ in n }) }
    }

    static func doubleConstant(_ declaration: String, _ summary: String, _ x: Double) -> StdlibMember {
        StdlibMember(declaration, summary) { _ in Typed(type: .double, code: .double { _ in x }) }
    }

    static func doubleTest(_ declaration: String, _ summary: String, _ test: @escaping @Sendable (Double) -> Bool) -> StdlibMember {
        StdlibMember(declaration, summary) { site in
            let x = site.receiver.double
            return Typed(type: .bool, code: .bool { test(try x($0)) })
        }
    }

    /// A Double member of one Double argument.
    static func doubleBinary(_ declaration: String, _ summary: String,
                             _ apply: @escaping @Sendable (Double, Double) -> Double) -> StdlibMember {
        StdlibMember(declaration, summary) { site in
            let x = site.receiver.double, y = site.compiler.doubleArgument(site.arguments[0])
            return Typed(type: .double, code: .double { frame in
                let receiver = try x(frame)
                return apply(receiver, try y(frame))
            })
        }
    }

    static func doubleFunction(_ declaration: String, _ summary: String,
                               _ apply: @escaping @Sendable (Double) -> Double) -> StdlibMember {
        StdlibMember(declaration, summary) { site in
            let x = site.receiver.double
            return Typed(type: .double, code: .double { apply(try x($0)) })
        }
    }
}
