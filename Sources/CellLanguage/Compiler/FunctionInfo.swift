import Diagnostics

/// A declared `func`: signature, and the compiled body (filled in after the signature, to allow recursion).
final class FunctionInfo {
    struct Parameter {
        var label: String?
        var name: String
        var type: CType
        var defaultValue: Typed?
        var isInout = false
        var isVariadic = false
        var isAutoclosure = false
        /// `@escaping` (a closure passed to it may outlive the call).
        var isEscaping = false
        /// `@Builder content: () -> T`: a closure passed to it is transformed by the result builder.
        var resultBuilder: ResultBuilderAttribute?
    }
    let name: String
    let parameters: [Parameter]
    let returnType: CType
    /// The level of the scope that declares the function (its frame is the parent of the function's frames).
    let level: Int
    let context: FunctionContext
    /// What calls read at run time, behind a constant pointer (no exclusivity checks per call).
    /// The compiled body in a class, so calls can borrow it through `Unmanaged` without retaining it.
    final class BodyHolder {
        let run: (Frame) throws -> Flow

        init(_ run: @escaping (Frame) throws -> Flow) {
            self.run = run
        }
    }

    /// A body compiled to return its result word directly (see `Compiler.compileWordBody`).
    final class WordBodyHolder {
        let run: (Frame) throws -> Int

        init(_ run: @escaping (Frame) throws -> Int) {
            self.run = run
        }
    }

    /// A body that is one `return value` (not of a word type): the value's code.
    final class ValueBodyHolder {
        let run: (Frame) throws -> Value

        init(_ run: @escaping (Frame) throws -> Value) {
            self.run = run
        }
    }

    /// A `Void` body of simple statements only (no `return`, no control flow): run without a `Flow`.
    final class SimpleBodyHolder {
        let run: (Frame) throws -> Void

        init(_ run: @escaping (Frame) throws -> Void) {
            self.run = run
        }
    }

    struct Runtime {
        /// The compiled body, unretained (the FunctionInfo keeps `bodyHolder` alive).
        var body: Unmanaged<BodyHolder>?
        /// The same body returning its result word, when it has that form (kept alive by `wordBodyHolder`).
        var wordBody: Unmanaged<WordBodyHolder>?
        /// The body's shortcuts for mutating calls (see `LeanCallee.runMutating`), kept alive by `directBodies`.
        var valueBody: Unmanaged<ValueBodyHolder>?
        var simpleBody: Unmanaged<SimpleBodyHolder>?
        var hasBody = false
        var wordCount = 0
        var valueCount = 0
        var hasErrors = false
        /// Whether finished frames may be reused (nothing can capture them).
        var recyclesFrames = false
        /// Frames for reuse, one per active recursion depth; `inUse` of them are taken.
        var frames: [Frame] = []
        /// The same frames, unretained (trivial values: reading them costs no reference counting).
        var framePointers: [Unmanaged<Frame>] = []
        var inUse = 0
    }
    let runtime = UnsafeMutablePointer<Runtime>.allocate(capacity: 1)
    /// The globals the body reads, writes or lends, and the declared functions it calls (see
    /// `Compiler.lentGlobalCheck`).
    var accessedGlobals = IdentitySet<VariableInfo>()
    var callees: [WeakFunction] = []
    /// Whether the body may use a global or call a function (true until a method's body has compiled without).
    var usesOutside = true
    /// A reference to a function that does not keep it alive (a function may call itself).
    struct WeakFunction {
        weak var info: FunctionInfo?
    }
    /// Slots of the parameters in the function's frame (allocated with the signature, before any call compiles).
    var parameterSlots: [Int] = []
    /// The compiled body.
    var body: ((Frame) throws -> Flow)? {
        get { bodyHolder?.run }
        set {
            // Unwrapped with `if let`, not `Optional.map`: passing the closure through a generic function stores it
            // behind two reabstraction thunks, run on every call of the function.
            if let newValue { bodyHolder = BodyHolder(newValue) } else { bodyHolder = nil }
            runtime.pointee.body = bodyHolder.map { Unmanaged.passUnretained($0) }
            runtime.pointee.hasBody = bodyHolder != nil
            setDirectBodies(value: nil, simple: nil)  // a new body (a setter override's) has none of the old one's
        }
    }
    private var bodyHolder: BodyHolder?

    /// Sets the shortcuts of the body just set: its returned value's code when it is one `return value` of a type
    /// other than Int, Double and Bool, or its statements when it is a `Void` body of simple statements.
    func setDirectBodies(value: ((Frame) throws -> Value)?, simple: ((Frame) throws -> Void)?) {
        // Unwrapped with `if let`, not `Optional.map` (see `body`).
        if let value { directBodies.value = ValueBodyHolder(value) } else { directBodies.value = nil }
        if let simple { directBodies.simple = SimpleBodyHolder(simple) } else { directBodies.simple = nil }
        runtime.pointee.valueBody = directBodies.value.map { Unmanaged.passUnretained($0) }
        runtime.pointee.simpleBody = directBodies.simple.map { Unmanaged.passUnretained($0) }
    }
    private var directBodies: (value: ValueBodyHolder?, simple: SimpleBodyHolder?) = (nil, nil)

    /// The body as a closure returning the result word, for word-returning functions of a simple shape.
    var wordBody: ((Frame) throws -> Int)? {
        get { wordBodyHolder?.run }
        set {
            if let newValue { wordBodyHolder = WordBodyHolder(newValue) } else { wordBodyHolder = nil }  // see `body`
            runtime.pointee.wordBody = wordBodyHolder.map { Unmanaged.passUnretained($0) }
        }
    }
    private var wordBodyHolder: WordBodyHolder?

    /// Runs the body of a function returning Int, Double or Bool and returns the result word: straight from its
    /// word body when it has one, otherwise from the result slot the statements wrote.
    @inline(__always) static func runForWord(_ data: UnsafeMutablePointer<Runtime>, _ frame: Frame,
                                             resultSlot: Int) throws -> Int {
        if let wordBody = data.pointee.wordBody {
            return try wordBody._withUnsafeGuaranteedRef { try $0.run(frame) }
        }
        _ = try run(data, frame)
        return frame.words[resultSlot]
    }

    /// Runs the body on a frame without retaining it.
    @inline(__always) static func run(_ data: UnsafeMutablePointer<Runtime>, _ frame: Frame) throws -> Flow {
        guard let body = data.pointee.body else { return .normal }
        return try body._withUnsafeGuaranteedRef { try $0.run(frame) }
    }
    let location: SourceLocation
    /// Why calls stop when the body uses a global a failed cell left without a value (`hasErrors` is set, see
    /// `FailedCells`); nil otherwise.
    var unavailableUse: String?
    /// The globals a method's, initializer's or accessor's body uses (see `FailedCells`).
    var usedGlobals = IdentitySet<VariableInfo>()
    /// The compile number of the cell that declared it.
    var cell = 0
    /// A `mutating` struct method (its `self` is written back to the receiver).
    var isMutating = false
    /// An `init` (its body starts from default property values and returns `self`).
    var isInitializer = false
    /// A class's `convenience init`.
    var isConvenience = false
    /// A class's `required init`.
    var isRequired = false
    /// An `init!` (delegating to it from a non-failable initializer is allowed, and stops the program if it fails).
    var isImplicitlyUnwrapped = false
    /// Declared `rethrows`: a call needs `try` only when an argument function can throw (see `Compiler+Overloads`).
    var isRethrowing = false
    /// Declared `-> Self` in a class that is not `final`: a call's result has the receiver's static type (a subclass).
    var returnsSelf = false
    /// The `E` of `throws(E)` (nil for `throws` and for functions that do not throw).
    var thrownType: CType?
    /// Declared `throws`: calls must be marked with `try`.
    var isThrowing: Bool {
        get { context.canThrow }
        set { context.canThrow = newValue }
    }
    /// Whether the body had compile errors (calling it is then a run-time error, never undefined behaviour).
    var hasErrors: Bool {
        get { runtime.pointee.hasErrors }
        set { runtime.pointee.hasErrors = newValue }
    }

    /// Copies the final frame layout for calls (after the body is compiled).
    func sealLayout() {
        runtime.pointee.wordCount = context.wordCount
        runtime.pointee.valueCount = context.valueCount
    }

    /// Allocates the return and parameter slots, so call sites compiled before the body know them.
    func allocateSignatureSlots() {
        if returnType != .void { context.returnSlot = context.allocate(returnType) }
        parameterSlots = parameters.map { context.allocate($0.type) }
    }

    /// Runs `body` with this function's frame for the current recursion depth, reused across calls (only for
    /// top-level functions whose frames nothing can capture); the frame's values are cleared afterwards.
    @inline(__always) static func withRecycledFrame<T>(_ data: UnsafeMutablePointer<Runtime>, globals: Frame,
                                                       _ body: (Frame) throws -> T) rethrows -> T {
        let depth = data.pointee.inUse
        if depth == data.pointee.frames.count {
            let frame = Frame(words: data.pointee.wordCount, values: data.pointee.valueCount, parent: globals)
            data.pointee.frames.append(frame)
            data.pointee.framePointers.append(Unmanaged.passUnretained(frame))
        }
        data.pointee.inUse = depth + 1
        return try data.pointee.framePointers[depth]._withUnsafeGuaranteedRef { frame in
            defer {
                data.pointee.inUse = depth
                frame.resetValues(data.pointee.valueCount)
            }
            return try body(frame)
        }
    }

    deinit {
        runtime.deinitialize(count: 1)
        runtime.deallocate()
    }

    init(name: String, parameters: [Parameter], returnType: CType, level: Int, location: SourceLocation) {
        self.name = name
        self.parameters = parameters
        self.returnType = returnType
        self.level = level
        self.location = location
        context = FunctionContext(level: level + 1, returnType: returnType)
        runtime.initialize(to: Runtime())
    }

    /// A signature-only copy without the leading `self` parameter (for choosing among method overloads).
    static func withoutSelf(_ method: FunctionInfo) -> FunctionInfo {
        FunctionInfo(name: method.name, parameters: Array(method.parameters.dropFirst()), returnType: method.returnType,
                     level: method.level, location: method.location)
    }

    /// The function type, e.g. `(Double, Double) -> Double`.
    var type: CType { isThrowing ? .throwingFunction(parameters.map(\.type), returnType) : .function(parameters.map(\.type), returnType) }

    /// The name with labels as Swift shows it, e.g. `line(x:slope:)`.
    var signatureName: String {
        "\(name)(" + parameters.map { ($0.label ?? "_") + ":" }.joined() + ")"
    }
}
