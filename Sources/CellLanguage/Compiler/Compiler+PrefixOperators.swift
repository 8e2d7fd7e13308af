import Diagnostics

extension Compiler {
    /// `-v` where `v`'s type declares `static prefix func - (v: V) -> V`; nil for any other operand.
    func compileUserPrefixOperator(_ op: String, _ typed: Typed, at location: SourceLocation) -> Typed? {
        guard case .user(let type) = typed.type,
              let info = type.staticMethods[op]?.first(where: { $0.parameters.map(\.type) == [typed.type] }) else { return nil }
        let x = typed.value
        let runtime = self.runtime, globals = self.globals
        return Typed.fromValue(info.returnType) { frame in
            try Compiler.call(info, on: try x(frame), parent: globals, runtime: runtime, location: location)
        }
    }
}
