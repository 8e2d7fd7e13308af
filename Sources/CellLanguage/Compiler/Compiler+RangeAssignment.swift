import Diagnostics

extension Compiler {
    /// `xs[4...6] = [9, 9]` and `xs[1..<3] = []`: replaces a range of an array's elements with another array, which
    /// may be shorter or longer (Swift's `replaceSubrange`). Nil when the target is not a range subscript of an array.
    func compileRangeAssignment(_ target: Expr, _ value: Expr, at location: SourceLocation) -> Typed? {
        guard case .subscriptAccess(let base, let arguments) = target.kind, arguments.count == 1,
              // The checker's type (`checkerType`): the types pick this path; then the base compiles as a place, and the bounds after it.
              arguments[0].label == nil, !Compiler.isUnboundedRange(arguments[0].value),  // `xs[...]`: a place (`arrayRangePlace`)
              case .array(let element) = checkerType(base) else { return nil }
        let indexType = checkerType(arguments[0].value)
        guard indexType == .range || indexType == .closedRange else { return nil }
        guard let place = compilePlace(base, mutating: true) else { return .invalid }
        let bounds = compileExpr(arguments[0].value, expected: nil).value
        let replacement = converted(compileExpr(value, expected: .array(element)), to: .array(element), at: value.location).value
        let modify = place.modify
        let at = target.location
        return Typed(type: .void, code: .void { frame in
            // Swift evaluates the range, then the new elements, then replaces.
            guard case .range(let lower, let upper, let closed) = try bounds(frame) else { return }
            let elements = try replacement(frame).arrayValue
            try modify(frame) { current in
                try current.updateArray { array in
                    let end = RangeArithmetic.end(upper, closed: closed)
                    guard lower >= 0, lower <= end, end <= array.count else {
                        throw RuntimeError(message: "Array replace: subrange extends past the end", location: at)
                    }
                    array.replaceSubrange(lower..<end, with: elements)
                }
            }
        })
    }
}
