/// Compiled code of an expression, specialised by representation so Int/Double/Bool code runs unboxed.
enum Code {
    case int((Frame) throws -> Int)
    case double((Frame) throws -> Double)
    case bool((Frame) throws -> Bool)
    case value((Frame) throws -> Value)
}
