import Diagnostics

/// A custom attribute naming a result builder (`@DrawingBuilder`), written on a function, a computed property or a
/// parameter of function type; the compiler checks that the name is a type declared `@resultBuilder`. A class, so
/// that declarations without one (nearly all) carry only a nil reference.
final class ResultBuilderAttribute {
    /// The attribute's name, without `@`.
    let name: String
    /// Where the name is written (swiftc reports an unknown attribute there).
    let location: SourceLocation
    /// Where the attribute's `@` is (swiftc reports a type that is not a result builder there).
    let attributeLocation: SourceLocation

    init(name: String, location: SourceLocation, attributeLocation: SourceLocation) {
        self.name = name
        self.location = location
        self.attributeLocation = attributeLocation
    }
}
