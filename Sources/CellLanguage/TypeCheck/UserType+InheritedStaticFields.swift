extension UserType {
    /// The static stored property `name` of the type or, for a class, of its nearest superclass declaring it
    /// (`B.n` for `static var n` declared in `A`): one storage shared by the class and its subclasses, as in Swift,
    /// where a static stored property cannot be overridden. Nil when no class of the chain declares it.
    func staticField(named name: String) -> VariableInfo? {
        var current: UserType? = self
        while let type = current {
            if let variable = type.staticFields[name] { return variable }
            current = type.superclass
        }
        return nil
    }

    /// The classes from this one up through its superclasses (the type alone when it is no subclass).
    var selfAndSuperclasses: [UserType] { Array(sequence(first: self, next: \.superclass)) }
}
