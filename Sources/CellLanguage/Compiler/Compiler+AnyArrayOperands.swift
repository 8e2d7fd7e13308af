import Diagnostics

/// `["s", 2, 3] + q`: an array literal of mixed elements (typed `[Any]`) and another array joined by `+`, as swiftc
/// joins them: both arrays as `[Any]`, the other one's elements held as `Any` (`TypeChecker.anyLiteralOperand`).
extension Compiler {
    /// Whether `+` joins operands of types `a` and `b` as an `[Any]`: both arrays, one of them an `[Any]` (of the
    /// protocol `any`), the other's elements values (not `()`).
    static func anyArrayConcatenates(_ a: CType, _ b: CType, any: UserType) -> Bool {
        guard case .array(let left) = a, case .array(let right) = b, left != .void, right != .void else { return false }
        return left == .user(any) || right == .user(any)
    }

    /// `a + b` joined as an `[Any]` when `anyArrayConcatenates` says so; nil otherwise.
    func anyArrayConcatenation(_ a: Typed, _ b: Typed, at location: SourceLocation) -> Typed? {
        guard Compiler.anyArrayConcatenates(a.type, b.type, any: anyType) else { return nil }
        let joined = CType.array(.user(anyType))
        let x = converted(a, to: joined, at: location).value, y = converted(b, to: joined, at: location).value
        return Typed(type: joined, code: .value { frame in
            let first = try x(frame).arrayValue, second = try y(frame).arrayValue
            try AllocationLimit.checkGrowth(to: first.count &+ second.count, at: location)
            return .array(first + second)
        })
    }
}
