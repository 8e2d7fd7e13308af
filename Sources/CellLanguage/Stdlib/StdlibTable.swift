import Diagnostics

/// The members of one built-in type, in the order the reference lists them.
struct StdlibTable: Sendable {
    /// The type as Swift names it in the reference (`Array`, `String`, `Range<Int>`).
    let typeName: String
    /// What the reference says about the type as a whole.
    let about: String
    /// The type's own members.
    let members: [StdlibMember]
    /// Members the type answers through another type's table (a String is a collection of Characters), already
    /// converted; the type's own members of the same name come first.
    let viewed: [StdlibMember]
    /// What the reference says about the viewed members (`as its [Character]`).
    let viewedAbout: String

    init(_ typeName: String, about: String, members: [StdlibMember], viewed: [StdlibMember] = [], viewedAbout: String = "") {
        self.typeName = typeName
        self.about = about
        self.members = members
        self.viewed = viewed
        self.viewedAbout = viewedAbout
        let own = Set(members.map(\.signatureName))
        self.allMembers = members + viewed.filter { !own.contains($0.signatureName) }
    }

    /// Every member, own first, then viewed ones whose name and labels the type does not declare itself.
    let allMembers: [StdlibMember]

    /// The methods (mutating or not) called `name`, own first.
    func methods(named name: String) -> [StdlibMember] {
        allMembers.filter { $0.name == name && ($0.kind == .method || $0.kind == .mutatingMethod) }
    }

    /// The instance property called `name`.
    func property(named name: String) -> StdlibMember? {
        allMembers.first { $0.name == name && $0.kind == .property }
    }

    /// The static property called `name`.
    func staticProperty(named name: String) -> StdlibMember? {
        allMembers.first { $0.name == name && $0.kind == .staticProperty }
    }

    /// The static methods called `name` (`Int.random(in:)`).
    func staticMethods(named name: String) -> [StdlibMember] {
        allMembers.filter { $0.name == name && $0.kind == .staticMethod }
    }

    /// The member a misspelt `name` most likely means (for a `did you mean` note), among every name in the table
    /// of the right kind.
    func suggestion(for name: String, statics: Bool = false) -> String? {
        let names = allMembers.filter { ($0.kind == .staticProperty || $0.kind == .staticMethod) == statics }.map(\.name)
        return NameSuggester.suggestion(for: name, among: Array(Set(names)).sorted())
    }
}
