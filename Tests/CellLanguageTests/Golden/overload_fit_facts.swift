// Overloads of methods, static methods and initializers chosen by arguments whose type depends on the parameter's
// (a ternary of literals, arithmetic on a Double, a closure that throws or not), decided from the checker's facts.
enum Failure: Error { case bad }
func fails() throws -> Int { throw Failure.bad }
func seven() -> Int { 7 }
struct Meter {
    var value: Double
    init(_ value: Double) { self.value = value }
    init(_ text: String) { self.value = Double(text) ?? -1 }
    static func unit(_ name: String) -> Meter { Meter(name == "km" ? 1000 : 1) }
    static func unit(_ factor: Double) -> Meter { Meter(factor) }
    func scaled(_ by: Int) -> String { "scaled by Int \(by)" }
    func scaled(_ by: Double) -> String { "scaled by Double \(by)" }
    func scaled(_ by: String) -> String { "scaled by \(by)" }
    func run(_ f: () -> Int) -> String { "plain \(f())" }
    func run(_ f: () throws -> Int) -> String {
        do { return "throwing \(try f())" } catch { return "caught \(error)" }
    }
}
let m = Meter(2)
let d = 1.5
let wide = true
print(Meter.unit("km").value, Meter.unit(0.25).value, Meter(wide ? 3 : 4).value)
print(m.scaled(d * 2), m.scaled(wide ? 3 : 4), m.scaled(-2), m.scaled("x" + "y"))
print(m.run { 42 }, m.run { try fails() }, m.run { seven() })
print(m.run { do { return try fails() } catch { return -1 } })
func describe(_ x: Int) -> String { "Int \(x)" }
func describe(_ x: Double) -> String { "Double \(x)" }
func describe(_ x: String) -> String { "String \(x)" }
print(describe(d * 2), describe(wide ? 1 : 2), describe(wide ? 1.5 : 2), describe(-d))
// A closure passed to a `rethrows` function: the call throws only when an error leaves the closure.
func apply(_ f: () throws -> Int) rethrows -> Int { try f() + 1 }
print(apply { 1 }, (try? apply { try fails() }) as Any, apply { do { return try fails() } catch { return 9 } })
// Array literals take the arrays of what their elements take; a one-character string literal takes a Character.
func h(_ x: [Double]) -> String { "[Double]" }
func h(_ x: [Int]) -> String { "[Int]" }
func c(_ x: Character) -> String { "Character" }
func c(_ x: Int) -> String { "Int" }
let k = 2
print(h([1, 2]), h([1.5]), h([k, 1]), h([1, 2.5]), c("a"), c(3))
