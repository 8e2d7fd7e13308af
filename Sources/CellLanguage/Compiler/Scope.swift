import Diagnostics

/// The slot layout of one function body (or of the globals), filled in while its body is compiled.
final class FunctionContext {
    /// Nesting level: 0 for the notebook's top level (the globals frame), 1 for a top-level function, ...
    let level: Int
    /// The declared (or inferred) return type, `nil` at top level.
    var returnType: CType?
    /// Whether the return type should be inferred from the first `return` (closures without annotation).
    var infersReturnType: Bool
    var wordCount = 0
    var valueCount = 0
    /// The slot of the return value (word or value bank, per the return type).
    var returnSlot = 0
    /// In an initializer, the `self` being built (a bare `return` returns it).
    var initializerSelf: VariableInfo?

    init(level: Int, returnType: CType?, infersReturnType: Bool = false) {
        self.level = level
        self.returnType = returnType
        self.infersReturnType = infersReturnType
    }

    /// Allocates a slot for a value of the given type.
    func allocate(_ type: CType) -> Int {
        if type.isWord {
            wordCount += 1
            return wordCount - 1
        }
        valueCount += 1
        return valueCount - 1
    }
}

/// A variable (or constant) known to the compiler: its type and where it lives.
final class VariableInfo {
    let name: String
    let type: CType
    let isLet: Bool
    /// The nesting level of the function whose frame holds it (0 = globals).
    let level: Int
    let slot: Int
    let location: SourceLocation
    /// The compile number of the cell that declared it (later cells may redeclare a global name).
    var cell = 0

    init(name: String, type: CType, isLet: Bool, level: Int, slot: Int, location: SourceLocation) {
        self.name = name
        self.type = type
        self.isLet = isLet
        self.level = level
        self.slot = slot
        self.location = location
    }
}

/// A declared `func`: signature, and the compiled body (filled in after the signature, to allow recursion).
final class FunctionInfo {
    struct Parameter {
        var label: String?
        var name: String
        var type: CType
        var defaultValue: Typed?
        var isInout = false
        var isVariadic = false
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

    struct Runtime {
        /// The compiled body, unretained (the FunctionInfo keeps `bodyHolder` alive).
        var body: Unmanaged<BodyHolder>?
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
    /// Slots of the parameters in the function's frame (allocated with the signature, before any call compiles).
    var parameterSlots: [Int] = []
    /// The compiled body.
    var body: ((Frame) throws -> Flow)? {
        get { bodyHolder?.run }
        set {
            bodyHolder = newValue.map(BodyHolder.init)
            runtime.pointee.body = bodyHolder.map { Unmanaged.passUnretained($0) }
            runtime.pointee.hasBody = bodyHolder != nil
        }
    }
    private var bodyHolder: BodyHolder?

    /// Runs the body on a frame without retaining it.
    @inline(__always) static func run(_ data: UnsafeMutablePointer<Runtime>, _ frame: Frame) throws -> Flow {
        guard let body = data.pointee.body else { return .normal }
        return try body._withUnsafeGuaranteedRef { try $0.run(frame) }
    }
    let location: SourceLocation
    /// The compile number of the cell that declared it.
    var cell = 0
    /// A `mutating` struct method (its `self` is written back to the receiver).
    var isMutating = false
    /// An `init` (its body starts from default property values and returns `self`).
    var isInitializer = false
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
                for index in 0..<data.pointee.valueCount { frame.values[index] = .void }
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
    var type: CType { .function(parameters.map(\.type), returnType) }

    /// The name with labels as Swift shows it, e.g. `line(x:slope:)`.
    var signatureName: String {
        "\(name)(" + parameters.map { ($0.label ?? "_") + ":" }.joined() + ")"
    }
}

/// What a name refers to.
enum Binding {
    case variable(VariableInfo)
    case functions([FunctionInfo])
}

/// A lexical scope: names declared in it, its parent, and the function whose frame holds its variables.
final class Scope {
    var names: [String: Binding] = [:]
    let parent: Scope?
    let context: FunctionContext
    /// Label ids of the loops enclosing this point, innermost last (only for the scope that opens a loop body).
    var loopLabels: [(name: String?, id: Int)] = []

    init(parent: Scope?, context: FunctionContext) {
        self.parent = parent
        self.context = context
    }

    /// Finds a name in this scope or an enclosing one.
    func lookup(_ name: String) -> Binding? {
        var scope: Scope? = self
        while let current = scope {
            if let binding = current.names[name] { return binding }
            scope = current.parent
        }
        return nil
    }

    /// Finds a name and the level of the function whose frame holds it.
    func lookupWithLevel(_ name: String) -> (Binding, Int)? {
        var scope: Scope? = self
        while let current = scope {
            if let binding = current.names[name] { return (binding, current.context.level) }
            scope = current.parent
        }
        return nil
    }

    /// Every name visible from here, for did-you-mean suggestions.
    func visibleNames() -> Set<String> {
        var result = Set<String>()
        var scope: Scope? = self
        while let current = scope {
            result.formUnion(current.names.keys)
            scope = current.parent
        }
        return result
    }

    /// The innermost enclosing loops, innermost last.
    func enclosingLoops() -> [(name: String?, id: Int)] {
        var chain: [[(name: String?, id: Int)]] = []
        var scope: Scope? = self
        while let current = scope, current.context === context {
            chain.append(current.loopLabels)
            scope = current.parent
        }
        return chain.reversed().flatMap { $0 }
    }
}
