/// A compiled expression with its static type.
struct Typed {
    var type: CType
    var code: Code
    /// Set when the value is a local word or a constant, so operations can read it themselves (`FusedOperation`).
    var operand: Operand?
    /// Set for a few small Int expressions (`n - 1`, `n < 2`) their users compute themselves (`CodeRecipe`).
    var recipe: CodeRecipe?

    init(type: CType, code: Code, operand: Operand? = nil, recipe: CodeRecipe? = nil) {
        self.type = type
        self.code = code
        self.operand = operand
        self.recipe = recipe
    }

    /// An expression of error type (already diagnosed); evaluating it never happens because the cell won't run.
    static var invalid: Typed { Typed(type: .error, code: .value { _ in .void }) }

    /// The expression as a closure producing an Int.
    var int: (Frame) throws -> Int {
        switch code {
        case .int(let f): return f
        case .double(let f): return { let d = try f($0); return d.isFinite && abs(d) < 9.2e18 ? Int(d) : 0 }
        case .bool(let f): return { try f($0) ? 1 : 0 }
        case .value(let f): return { try f($0).intValue }
        case .void(let f): return { try f($0); return 0 }
        }
    }

    /// The expression as a closure producing a Double.
    var double: (Frame) throws -> Double {
        switch code {
        case .double(let f): return f
        case .int(let f): return { Double(try f($0)) }
        case .bool(let f): return { try f($0) ? 1 : 0 }
        case .value(let f): return { try f($0).doubleValue }
        case .void(let f): return { try f($0); return 0 }
        }
    }

    /// The expression as a closure producing a Bool.
    var bool: (Frame) throws -> Bool {
        switch code {
        case .bool(let f): return f
        case .int(let f): return { try f($0) != 0 }
        case .double(let f): return { try f($0) != 0 }
        case .value(let f): return { try f($0).boolValue }
        case .void(let f): return { try f($0); return false }
        }
    }

    /// The expression as a closure producing a boxed Value.
    var value: (Frame) throws -> Value {
        switch code {
        case .value(let f): return f
        case .int(let f): return { .int(try f($0)) }
        case .double(let f): return { .double(try f($0)) }
        case .bool(let f): return { .bool(try f($0)) }
        case .void(let f): return { try f($0); return .void }
        }
    }

    /// The expression as a closure producing the raw word (Int, Double bit pattern, Bool 0/1) for word types.
    var word: (Frame) throws -> Int {
        switch code {
        case .int(let f): return f
        case .double(let f): return { Int(bitPattern: UInt(try f($0).bitPattern)) }
        case .bool(let f): return { try f($0) ? 1 : 0 }
        case .void(let f): return { try f($0); return 0 }
        case .value(let f):
            switch type {
            case .double: return { Int(bitPattern: UInt(try f($0).doubleValue.bitPattern)) }
            case .bool: return { try f($0).boolValue ? 1 : 0 }
            default: return { try f($0).intValue }
            }
        }
    }

    /// Code that reads a word of the given type through `load` and presents it typed.
    static func fromWord(_ type: CType, _ load: @escaping (Frame) throws -> Int) -> Typed {
        switch type {
        case .double: return Typed(type: type, code: .double { Double(bitPattern: UInt64(UInt(bitPattern: try load($0)))) })
        case .bool: return Typed(type: type, code: .bool { try load($0) != 0 })
        default: return Typed(type: type, code: .int(load))
        }
    }

    /// Code for a result of word type `type`: the closure written for its Swift type (Int, Double or Bool), each
    /// converting the word itself, so no second closure runs around the one that computes the word (`fromWord`).
    static func fromWord(_ type: CType, int: @escaping (Frame) throws -> Int, double: @escaping (Frame) throws -> Double,
                         bool: @escaping (Frame) throws -> Bool) -> Typed {
        switch type {
        case .double: return Typed(type: type, code: .double(double))
        case .bool: return Typed(type: type, code: .bool(bool))
        default: return Typed(type: type, code: .int(int))
        }
    }

    /// Code for a boxed value of a static type, unboxed when the type is Int/Double/Bool.
    static func fromValue(_ type: CType, _ load: @escaping (Frame) throws -> Value) -> Typed {
        switch type {
        case .int: return Typed(type: type, code: .int { try load($0).intValue })
        case .double: return Typed(type: type, code: .double { try load($0).doubleValue })
        case .bool: return Typed(type: type, code: .bool { try load($0).boolValue })
        default: return Typed(type: type, code: .value(load))
        }
    }

    /// The same expression, with `stores` run first, in order (hoisted subexpressions, see `Compiler+EvaluationOrder`).
    func prefixed(by stores: [(Frame) throws -> Void]) -> Typed {
        guard !stores.isEmpty else { return self }
        let first: (Frame) throws -> Void = { frame in for store in stores { try store(frame) } }
        switch code {
        case .int(let f): return Typed(type: type, code: .int { try first($0); return try f($0) })
        case .double(let f): return Typed(type: type, code: .double { try first($0); return try f($0) })
        case .bool(let f): return Typed(type: type, code: .bool { try first($0); return try f($0) })
        case .value(let f): return Typed(type: type, code: .value { try first($0); return try f($0) })
        case .void(let f): return Typed(type: type, code: .void { try first($0); try f($0) })
        }
    }
}
