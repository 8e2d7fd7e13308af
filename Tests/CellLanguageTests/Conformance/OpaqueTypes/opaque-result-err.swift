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
print("@@listing-end 1@@")
