struct P {
    func f(_ x: Int) -> String { "plain \(x)" }
    func f<T>(_ x: T) -> String { "generic \(x)" }
    init(_ x: Int) { print("plain init") }
    init<T>(_ x: T) { print("generic init \(x)") }
    subscript(i: Int) -> String { "plain [\(i)]" }
    subscript<T>(i: T) -> String { "generic [\(i)]" }
}
let p = P(1)
let q = P("s")
print(p.f(1), p.f("s"), p.f(2.5))
print(p[1], p["k"])
