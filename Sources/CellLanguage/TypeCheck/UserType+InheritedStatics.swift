extension UserType {
    /// The static methods named `name` a class inherits (`Dog.make()` for `static func make()` declared in `Animal`):
    /// those of its nearest superclass declaring them, when neither the class nor a class between declares a static
    /// method or computed property its superclasses have (an override, which the inherited body would have to
    /// dispatch on the subclass for, as Swift does) that `reaches` says the methods' bodies may reach
    /// (`Compiler.staticBodiesReach`: the declaring class, the methods, the overridden names). Nil when the class
    /// declares the methods itself, inherits none, or overrides a static member they may reach.
    func inheritedStaticMethods(named name: String,
                                reaches: (UserType, [FunctionInfo], Set<String>) -> Bool = { _, _, _ in true }) -> [FunctionInfo]? {
        guard staticMethods[name] == nil else { return nil }
        var walked: [UserType] = [self]
        var current = self
        while let base = current.superclass {
            if let methods = base.staticMethods[name] {
                let ancestors = Array(sequence(first: base, next: \.superclass))
                let overridden = Set(walked.flatMap { type in
                    type.staticMethods.keys.filter { key in ancestors.contains { $0.staticMethods[key] != nil } }
                        + type.staticComputed.keys.filter { key in ancestors.contains { $0.staticComputed[key] != nil } }
                })
                return overridden.isEmpty || !reaches(base, methods, overridden) ? methods : nil
            }
            walked.append(base)
            current = base
        }
        return nil
    }
}
