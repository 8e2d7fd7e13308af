/// Compiled code of an expression, specialised by representation so Int/Double/Bool code runs unboxed.
enum Code {
    case int((Frame) throws -> Int)
    case double((Frame) throws -> Double)
    case bool((Frame) throws -> Bool)
    case value((Frame) throws -> Value)
    /// Code run for its effect only (a statement-like expression of type `()`), so no `Value` is returned.
    case void((Frame) throws -> Void)
}
