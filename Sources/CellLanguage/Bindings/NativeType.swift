/// An opaque reference type implemented in Swift (e.g. `Figure`), with initializers, methods and properties.
///
/// Values of the type are `Value.native(object)` wrapping a Swift class instance; `print` shows
/// `String(describing: object)`, so conform the class to `CustomStringConvertible` for a readable form.
public final class NativeType {
    /// A property, read-only or settable.
    public struct Property {
        /// The static type of the property.
        public var type: CType
        /// Reads the property from the receiver object.
        public var get: (AnyObject) throws -> Value
        /// Writes the property of the receiver object (`layer.weight = t`); nil for a read-only property.
        public var set: ((AnyObject, Value) throws -> Void)?
        /// Whether `get` returns a copy (not the receiver's own object), so a store through it (`a.queryWeight[0, 0] =
        /// v`) is written back with `set`, or refused when there is no setter.
        public var returnsCopy = false
        /// Whether `set` changes state that a copy's write-back does not carry (a tensor's `grad`), so a store
        /// through a copy or a new value (`x[0].grad = nil`) is refused instead of being lost.
        public var setChangesState = false
    }

    /// The type name cells use (`Figure`).
    public let name: String
    private(set) var initializers: [NativeFunction] = []
    private(set) var methods: [String: [NativeFunction]] = [:]
    private(set) var properties: [String: Property] = [:]
    private(set) var subscripts: [NativeFunction] = []
    /// The settable subscripts' setters: each takes the indices, then the new value as a last parameter labelled
    /// `newValue`, so an assignment `x[i] = v` is resolved as a call of these overloads.
    private(set) var subscriptSetters: [NativeFunction] = []
    /// Whether the subscripts return copies of the receiver's elements (not views), so a store through one
    /// (`x[0][1] = v`) is written back through the subscript setter.
    public var subscriptsReturnCopies = false
    /// Whether the methods' results are new values that nothing else holds (`x.reshaped([4])`), so changing one
    /// (`x.reshaped([4])[0] = v`) is refused instead of being lost.
    public var methodsReturnNewValues = false
    /// Methods that are the type's subscript under a name, same arguments (`layer.parameter("bias")` is
    /// `layer["bias"]`): a change through one (`layer.parameter("queryWeight")[0, 0] = v`) is made through the subscript,
    /// so it is written back as `layer["queryWeight"][0, 0] = v` is, instead of changing a copy.
    public var subscriptAliases: Set<String> = []

    /// Creates an empty type description; add members, then register it with `Interpreter.register(_:)`.
    public init(name: String) {
        self.name = name
    }

    /// Adds an initializer: `Figure(title: "…", theme: .dark)`. The body returns `.native(object)`.
    public func addInitializer(parameters: [NativeParameter], body: @escaping (NativeCall) throws -> Value) {
        initializers.append(NativeFunction(name, parameters: parameters, returns: .native(name), body: body))
    }

    /// Adds a method: `fig.scatter(x: xs, y: ys)`. The body finds the object in `call.receiver`.
    /// Several methods may share a name if their labels differ.
    /// `changesReceiver`: the method changes the receiver in place (`NativeFunction.changesReceiver`); `changesState`:
    /// it changes state a copy does not carry back (`NativeFunction.changesState`).
    public func addMethod(_ methodName: String, parameters: [NativeParameter], returns returnType: CType = .void,
                          changesReceiver: Bool = false, changesState: Bool = false, body: @escaping (NativeCall) throws -> Value) {
        var method = NativeFunction(methodName, parameters: parameters, returns: returnType, body: body)
        method.changesReceiver = changesReceiver
        method.changesState = changesState
        methods[methodName, default: []].append(method)
    }

    /// Adds a read-only subscript: `x[i]`, `x[i, j]`, `x[column: 1]`. Overloads are chosen like methods' (labels,
    /// then argument types); the body finds the object in `call.receiver`.
    public func addSubscript(parameters: [NativeParameter], returns returnType: CType,
                             body: @escaping (NativeCall) throws -> Value) {
        subscripts.append(NativeFunction("subscript", parameters: parameters, returns: returnType, body: body))
    }

    /// Adds a subscript setter: `x[i] = v`, `x[rows: r] = v`. `parameters` are the indices (as a getter's);
    /// the body receives them followed by the new value of type `valueType`, and returns `.void`.
    public func addSubscriptSetter(parameters: [NativeParameter], value valueType: CType,
                                   body: @escaping (NativeCall) throws -> Value) {
        subscriptSetters.append(NativeFunction("subscript", parameters: parameters + [NativeParameter("newValue", valueType)],
                                               returns: .void, body: body))
    }

    /// Adds a property: `fig.title`; with `set`, cells may assign it (`layer.weight = t`); `setChangesState`:
    /// `Property.setChangesState`.
    public func addProperty(_ propertyName: String, type: CType, get: @escaping (AnyObject) throws -> Value,
                            set: ((AnyObject, Value) throws -> Void)? = nil, returnsCopy: Bool = false,
                            setChangesState: Bool = false) {
        properties[propertyName] = Property(type: type, get: get, set: set, returnsCopy: returnsCopy,
                                            setChangesState: setChangesState)
    }
}
