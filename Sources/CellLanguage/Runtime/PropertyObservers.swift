/// The compiled `willSet` and `didSet` observers of a stored property (each takes the receiver first, for
/// instance properties, then the new or old value).
struct PropertyObservers {
    var willSet: FunctionInfo?
    var didSet: FunctionInfo?
}
