import Diagnostics

/// What a native function receives: its arguments (one per declared parameter, defaults filled in), the
/// receiver for methods and properties, and a way to emit output.
public struct NativeCall {
    /// One value per declared parameter, in declaration order.
    public let arguments: [Value]
    /// The object a method is called on (`nil` for global functions and initializers).
    public let receiver: AnyObject?
    private let runtime: Runtime?
    private let location: SourceLocation?

    init(arguments: [Value], receiver: AnyObject?, runtime: Runtime?, location: SourceLocation?) {
        self.arguments = arguments
        self.receiver = receiver
        self.runtime = runtime
        self.location = location
    }

    /// Emits rich output (e.g. an SVG plot) into the cell's outputs, after any text printed so far.
    public func display(mimeType: String, content: String, summary: String) {
        runtime?.display(mimeType: mimeType, content: content, summary: summary)
    }

    /// Writes text to the cell's output, as `print` would (subject to the output limits).
    public func write(_ text: String) throws {
        try runtime?.write(text, at: location)
    }

    /// Reports how far a long training call has got to the interpreter's `progressHandler` (not to the outputs).
    public func reportProgress(_ progress: TrainingProgress) {
        runtime?.progressHandler?(progress)
    }

    /// Stops a long native computation when the cell's time is up.
    ///
    /// Bindings that loop inside one call (training epochs, generation steps) should call this every step: it
    /// reads the clock once and throws the interpreter's own `cell timed out after N s` error, positioned at
    /// this call, when the cell's deadline has passed. Outside a running cell it never throws.
    public func checkDeadline() throws {
        try runtime?.checkDeadline(location)
    }

    /// The argument at `index`, or a `NativeError` when there is none.
    public func argument(_ index: Int) throws -> Value {
        guard index >= 0 && index < arguments.count else {
            throw NativeError("internal error: native function read argument \(index + 1) of \(arguments.count)")
        }
        return arguments[index]
    }

    /// The argument at `index` as an Int.
    public func int(_ index: Int) throws -> Int { try argument(index).asInt() }
    /// The argument at `index` as a Double (an Int argument is converted).
    public func double(_ index: Int) throws -> Double { try argument(index).asDouble() }
    /// The argument at `index` as a Bool.
    public func bool(_ index: Int) throws -> Bool { try argument(index).asBool() }
    /// The argument at `index` as a String.
    public func string(_ index: Int) throws -> String { try argument(index).asString() }
    /// The argument at `index` as [Double].
    public func doubles(_ index: Int) throws -> [Double] { try argument(index).asDoubles() }
    /// The argument at `index` as [[Double]].
    public func doubleMatrix(_ index: Int) throws -> [[Double]] { try argument(index).asDoubleMatrix() }
    /// The argument at `index` as [Int].
    public func ints(_ index: Int) throws -> [Int] { try argument(index).asInts() }
    /// The argument at `index` as [String].
    public func strings(_ index: Int) throws -> [String] { try argument(index).asStrings() }
    /// The argument at `index` as a `ClosedRange<Double>` (`0.1...3.0`).
    public func closedDoubleRange(_ index: Int) throws -> ClosedRange<Double> { try argument(index).asClosedDoubleRange() }
    /// The case name of an enum-like constant argument (e.g. `dark` for `.dark`).
    public func constant(_ index: Int) throws -> String { try argument(index).asConstant() }
    /// The argument at `index` as a native object of class `T`.
    public func object<T: AnyObject>(_ index: Int, as type: T.Type = T.self) throws -> T {
        try argument(index).asObject(type)
    }
    /// The receiver of a method as class `T`.
    public func receiver<T: AnyObject>(as type: T.Type = T.self) throws -> T {
        guard let object = receiver as? T else { throw NativeError("internal error: receiver is not a \(T.self)") }
        return object
    }
    /// The argument at `index` as a function value, callable with `call(_:)`.
    public func function(_ index: Int) throws -> FunctionValue {
        guard case .function(let function) = try argument(index) else { throw NativeError("expected a function") }
        return function
    }
}
