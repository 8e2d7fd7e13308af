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
    /// Whether the function is declared `throws` (errors thrown in it propagate to its caller).
    var canThrow = false
    /// Whether this is a closure's body (closures that throw are not supported).
    var isClosure = false

    /// For the body of a loop that creates closures: the context of the enclosing code. Such a body runs in a
    /// fresh frame per iteration (so each iteration's variables are distinct, as closures capturing them expect).
    let loopParent: FunctionContext?

    init(level: Int, returnType: CType?, infersReturnType: Bool = false) {
        self.level = level
        self.returnType = returnType
        self.infersReturnType = infersReturnType
        self.loopParent = nil
    }

    /// A per-iteration context for a loop body inside `parent`.
    init(loopBodyIn parent: FunctionContext) {
        level = parent.level + 1
        returnType = nil
        infersReturnType = false
        loopParent = parent
    }

    /// The context of the function (or top level) this code belongs to, skipping per-iteration loop contexts.
    var function: FunctionContext {
        var context = self
        while let parent = context.loopParent { context = parent }
        return context
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

    /// Allocates `count` consecutive word slots and returns the first.
    func allocateWords(_ count: Int) -> Int {
        wordCount += count
        return wordCount - count
    }
}
