/// A function as a first-class value: a closure literal, a named function used as a value, or a native function.
public final class FunctionValue {
    /// The number of parameters.
    public let arity: Int
    private let body: ([Value]) throws -> Value
    /// Optional entries that avoid building an argument array (closure literals provide them).
    private let body1: ((Value) throws -> Value)?
    private let body2: ((Value, Value) throws -> Value)?

    init(arity: Int, body: @escaping ([Value]) throws -> Value,
         body1: ((Value) throws -> Value)? = nil, body2: ((Value, Value) throws -> Value)? = nil) {
        self.arity = arity
        self.body = body
        self.body1 = body1
        self.body2 = body2
    }

    /// Calls the function with positional arguments.
    public func call(_ arguments: [Value]) throws -> Value {
        try body(arguments)
    }

    /// Calls a one-parameter function (as `map` and `filter` do), without an argument array when possible.
    @inline(__always) func call(_ argument: Value) throws -> Value {
        if let body1 { return try body1(argument) }
        return try body([argument])
    }

    /// Calls a two-parameter function (as `reduce` and `sorted(by:)` do).
    @inline(__always) func call(_ first: Value, _ second: Value) throws -> Value {
        if let body2 { return try body2(first, second) }
        return try body([first, second])
    }
}
