// A generic type's type arguments inferred from its initializer's arguments (memberwise or declared).
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

struct Pair<A, B> {
    var first: A
    var second: B
    init(_ first: A, _ second: B) {
        self.first = first
        self.second = second
    }
}

let small = Triangle(size: 3)
let flipped = FlippedShape(shape: small)
print(flipped.draw())
let joined = JoinedShape(top: small, bottom: flipped)
print(joined.draw())
print(JoinedShape(top: flipped, bottom: FlippedShape(shape: flipped)).draw())

let pair = Pair("x", [1.5, 2])
print(pair.first, pair.second)
print(Pair(Pair(1, true), "nested").first.second)
