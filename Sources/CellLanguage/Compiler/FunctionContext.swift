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
