protocol Shape {
    func draw() -> String
}
struct Square: Shape {
    func draw() -> String { return "#" }  // stub implementation
}
struct FlippedShape<T: Shape>: Shape {
    var shape: T
    func draw() -> String { return "#" } // stub implementation
}
func invalidFlip<T: Shape>(_ shape: T) -> some Shape {
    if shape is Square {
        return shape // Error: Return types don't match.
    }
    return FlippedShape(shape: shape) // Error: Return types don't match.
}
!$ error: function declares an opaque return type 'some Shape', but the return statements in its body do not have matching underlying types
!$ note: return statement has underlying type 'T'
!$ note: return statement has underlying type 'FlippedShape<T>'
print("@@listing-end 1@@")
