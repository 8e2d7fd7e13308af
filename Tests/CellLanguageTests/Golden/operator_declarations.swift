// Operator declarations: prefix, postfix and infix operators with standard and declared precedence groups, and
// operator functions with an inout operand (compound assignment, a mutating prefix operator).
struct Vector2D: CustomStringConvertible {
    var x = 0.0, y = 0.0
    var description: String { "(\(x), \(y))" }
    static func + (left: Vector2D, right: Vector2D) -> Vector2D {
        Vector2D(x: left.x + right.x, y: left.y + right.y)
    }
    static func * (left: Vector2D, scale: Double) -> Vector2D {
        Vector2D(x: left.x * scale, y: left.y * scale)
    }
    static func += (left: inout Vector2D, right: Vector2D) {
        left = left + right
    }
    static func *= (left: inout Vector2D, scale: Double) {
        left.x *= scale
        left.y *= scale
    }
    static prefix func +++ (vector: inout Vector2D) -> Vector2D {
        vector += vector
        return vector
    }
    static func +- (left: Vector2D, right: Vector2D) -> Vector2D {
        Vector2D(x: left.x + right.x, y: left.y - right.y)
    }
    static func ** (left: Vector2D, right: Vector2D) -> Double {
        left.x * right.x + left.y * right.y
    }
    static postfix func ~~ (vector: Vector2D) -> Vector2D {
        Vector2D(x: vector.y, y: vector.x)
    }
}
prefix operator +++
postfix operator ~~
infix operator +-: AdditionPrecedence
precedencegroup DotPrecedence {
    higherThan: MultiplicationPrecedence
    associativity: left
}
infix operator **: DotPrecedence
infix operator <~: AssignmentRightPrecedence
precedencegroup AssignmentRightPrecedence {
    associativity: right
    lowerThan: AdditionPrecedence
}
extension Int {
    static prefix func +++ (x: Int) -> Int { x * 2 }
    static postfix func --- (x: Int) -> Int { x - 1 }
    static func <~ (left: Int, right: Int) -> Int { left * 10 + right }
}
postfix operator ---

var original = Vector2D(x: 1.0, y: 2.0)
original += Vector2D(x: 3.0, y: 4.0)
original *= 2
print(original)
var toBeDoubled = Vector2D(x: 1.0, y: 4.0)
let afterDoubling = +++toBeDoubled
print(toBeDoubled, afterDoubling)
let first = Vector2D(x: 1.0, y: 2.0), second = Vector2D(x: 3.0, y: 4.0)
print(first +- second, first +- second + first, first + second +- first)
print(first ** second, first * (first ** second), first~~, (first + second)~~)
print(+++1---, +++(1---), (+++1)---, 1 <~ 2 <~ 3, 1 + 2 <~ 3)
var vectors = [Vector2D(x: 1, y: 1), Vector2D(x: 2, y: 2)]
vectors[1] += vectors[0]
vectors[0] *= 3
print(vectors)
final class Body { var position = Vector2D() }
let body = Body()
body.position += Vector2D(x: 0.5, y: -0.5)
print(body.position, +++body.position, body.position)
struct V: CustomStringConvertible {
    var x = 0
    var description: String { "V(\(x))" }
    static func += (l: inout V, r: V) { l.x = l.x * 10 + r.x }
    static func + (l: V, r: V) -> V { V(x: l.x + r.x) }
}
var calls = 0
func next() -> Int { calls += 1; return calls - 1 }
var vs = [V(x: 1), V(x: 2)]
vs[next()] += V(x: 3)
print(vs, calls)
struct Box {
    var stored = V(x: 1)
    var computed: V {
        get { print("get"); return stored }
        set { print("set"); stored = newValue }
    }
    var observed = V(x: 5) { didSet { print("didSet \(oldValue) -> \(observed)") } }
}
var box = Box()
box.computed += V(x: 2)
box.observed += V(x: 1)
print(box.stored, box.observed)
let copied = box
print(copied.stored)
struct Counter: CustomStringConvertible {
    var n = 0
    var description: String { "Counter(\(n))" }
    static prefix func ++ (c: inout Counter) -> Counter { c.n += 1; return c }
}
prefix operator ++
var counters = [Counter(), Counter()]
print(++counters[next()], counters, calls)
