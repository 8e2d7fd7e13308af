// Opaque result types (`some Shape`): a value of one concrete type, used through the protocol's requirements.
protocol Shape {
    func draw() -> String
}

struct Triangle: Shape {
    var size: Int
    func draw() -> String {
        var result: [String] = []
        for length in 1...size {
            result.append(String(repeating: "*", count: length))
        }
        return result.joined(separator: "\n")
    }
}

struct Square: Shape {
    var size: Int
    func draw() -> String {
        let line = String(repeating: "*", count: size)
        return Array(repeating: line, count: size).joined(separator: "\n")
    }
}

struct FlippedShape<T: Shape>: Shape {
    var shape: T
    func draw() -> String {
        let lines = shape.draw().split(separator: "\n")
        return lines.reversed().joined(separator: "\n")
    }
}

struct JoinedShape<T: Shape, U: Shape>: Shape {
    var top: T
    var bottom: U
    func draw() -> String {
        return top.draw() + "\n" + bottom.draw()
    }
}

func makeTrapezoid() -> some Shape {
    let top = Triangle(size: 2)
    let middle = Square(size: 2)
    let bottom = FlippedShape(shape: top)
    return JoinedShape(top: top, bottom: JoinedShape(top: middle, bottom: bottom))
}

func flip<T: Shape>(_ shape: T) -> some Shape {
    return FlippedShape(shape: shape)
}

func join<T: Shape, U: Shape>(_ top: T, _ bottom: U) -> some Shape {
    JoinedShape(top: top, bottom: bottom)
}

func biggest(_ sizes: [Int]) -> some Shape {
    var largest = sizes[0]
    for size in sizes where size > largest {
        largest = size
    }
    if largest > 2 {
        return Square(size: largest)
    }
    return Square(size: 1)
}

let trapezoid = makeTrapezoid()
print(trapezoid.draw())
let small = Triangle(size: 3)
print(join(small, flip(small)).draw())
print(flip(flip(Square(size: 2))).draw())
print(biggest([1, 3, 2]).draw())
print(type(of: biggest([1])))
