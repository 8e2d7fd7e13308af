/// The compiled `willSet` and `didSet` observers of a stored property (each takes the receiver first, for
/// instance properties, then the new or old value).
struct PropertyObservers {
    var willSet: FunctionInfo?
    var didSet: FunctionInfo?
    /// The superclass's observers of the same property, which a subclass's (`override var x { didSet … }`) wrap:
    /// the subclass's `willSet`, then these, then the subclass's `didSet`.
    var overridden: [PropertyObservers] = []

    /// Every `willSet` in the order they run (the outermost class's first).
    var willSets: [FunctionInfo] { (willSet.map { [$0] } ?? []) + overridden.flatMap(\.willSets) }
    /// Every `didSet` in the order they run (the outermost class's last).
    var didSets: [FunctionInfo] { overridden.flatMap(\.didSets) + (didSet.map { [$0] } ?? []) }
}
