/// A function as a first-class value: a closure literal, a named function used as a value, or a native function.
public final class FunctionValue {
    /// The number of parameters.
    public let arity: Int
    private let body: ([Value]) throws -> Value

    init(arity: Int, body: @escaping ([Value]) throws -> Value) {
        self.arity = arity
        self.body = body
    }

    /// Calls the function with positional arguments.
    public func call(_ arguments: [Value]) throws -> Value {
        try body(arguments)
    }
}
