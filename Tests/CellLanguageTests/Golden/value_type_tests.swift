// `is` against a struct or enum: on a generic parameter (known per specialization) and on protocol-typed values.
protocol Shape { func draw() -> String }
struct Square: Shape { func draw() -> String { "#" } }
struct Line: Shape { func draw() -> String { "-" } }
enum Dot: Shape { case one; func draw() -> String { "." } }
func kind<T: Shape>(_ shape: T) -> String {
    if shape is Square { return "square" }
    if shape is Dot { return "dot" }
    return "other"
}
let shapes: [Shape] = [Square(), Line(), Dot.one]
for shape in shapes { print(shape is Square, shape is Dot, kind(shape)) }
print(kind(Square()), kind(Line()), kind(Dot.one), 3 is Int, "a" is Int)
