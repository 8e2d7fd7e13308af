protocol Shape {
    func draw() -> String
}
struct Triangle: Shape {
    var size: Int
    func draw() -> String { return "#" }  // stub implementation
}
struct Square: Shape {
    var size: Int
    func draw() -> String { return "#" }  // stub implementation
}
struct FlippedShape<T: Shape>: Shape {
    var shape: T
    func draw() -> String { return "#" } // stub implementation
}
func protoFlip<T: Shape>(_ shape: T) -> Shape {
   return FlippedShape(shape: shape)
}
print("@@listing-end 1@@")
func protoFlip<T: Shape>(_ shape: T) -> Shape {
   if shape is Square {
      return shape
   }

   return FlippedShape(shape: shape)
}
print("@@listing-end 2@@")
let smallTriangle = Triangle(size: 3)
let protoFlippedTriangle = protoFlip(smallTriangle)
let sameThing = protoFlip(smallTriangle)
protoFlippedTriangle == sameThing  // Error
print("@@listing-end 3@@")
protocol Container {
    associatedtype Item
    var count: Int { get }
    subscript(i: Int) -> Item { get }
}
extension Array: Container { }
print("@@listing-end 4@@")
// Error: Protocol with associated types can't be used as a return type.
func makeProtocolContainer<T>(item: T) -> Container {
    return [item]
}

// Error: Not enough information to infer C.
func makeProtocolContainer<T, C: Container>(item: T) -> C {
    return [item]
}
print("@@listing-end 5@@")
