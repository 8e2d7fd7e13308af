/// Array literals of class instances without a contextual type (`[Movie(…), Song(…)]`), typed as the generator types
/// them (`Compiler.commonSuperclass`): an array of the elements' closest common superclass, each element keeping its
/// own class's type (it is upcast where it is stored).
extension TypeChecker {
    /// The type of an array literal whose element `first` (checked without a context) is an instance of `type`: the
    /// other elements checked once without a context, all class instances with a common superclass; nil (unknown)
    /// otherwise.
    func classInstances(_ elements: [Expr], first: Expr, _ type: UserType) -> CType? {
        var common = type, known = true
        for element in elements where element !== first {
            guard known, case .user(let user)? = check(element, expected: nil), user.kind == .classType else {
                known = false
                continue
            }
            while !user.isSubclass(of: common) {
                guard let base = common.superclass else {
                    known = false
                    break
                }
                common = base
            }
        }
        return known ? .array(.user(common)) : nil
    }
}
