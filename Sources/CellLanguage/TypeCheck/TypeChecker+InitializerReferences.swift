/// Built-in initializers named as functions (`pieces.map(String.init)`, `Compiler.initializerReference`) and the
/// string literal `split(separator:)` takes (`StringMembers.split` compiles it as a String).
extension TypeChecker {
    /// The result of `T.init` applied to an `element` (`String.init` on a Substring: String; `Int.init` on a String:
    /// Int?; `Array.init` on an ArraySlice<T>: [T]), its reference recorded as `(element) -> result`; nil when
    /// `argument` is no such reference.
    /// A reference whose initializer swiftc cannot choose for a known element is refused at `init`: `String.init` on a
    /// Double or a String as swiftc words it (`ambiguous use of 'init'`), any other (`Int.init` on a Substring) as the
    /// generator refused it (`type 'Int' has no member 'init'`).
    func initializerReference(_ argument: Argument, _ element: CType) -> CType? {
        guard case .member(let base?, "init", let nameLocation) = argument.value.kind, case .name(let typeName) = base.kind,
              let referent = resolution.referent(of: base), referent == .builtin || referent == .unresolved,
              compiler.declarations.userTypes[typeName] == nil, compiler.protocolState.builtinExtensions[typeName] == nil
        else { return nil }
        guard let result = Compiler.referencedInitializerResult(typeName, element) else {
            guard typeName != "Array", Compiler.initializerReferences[typeName] != nil, !element.hasError,
                  closedPlaceholder(element) == nil, !compiler.mentionsPlaceholder(element) else { return nil }
            let ambiguous = typeName == "String" && (element == .double || element == .string)  // swiftc's two candidates
            report(ambiguous ? .ambiguousUse("init") : .typeHasNoMember(typeName, member: "init", suggestion: nil), at: nameLocation)
            return record(argument.value, .error, expected: nil)
        }
        record(argument.value, .function([element], result), expected: .function([element], result))
        return result
    }

    /// Whether `member` on `receiver` is `split(separator:)`, whose separator literal compiles as a String.
    static func takesSeparatorString(_ member: StdlibMember, _ receiver: CType) -> Bool {
        (receiver == .string || receiver == .substring) && member.declaration == StringMembers.split.declaration
    }
}
