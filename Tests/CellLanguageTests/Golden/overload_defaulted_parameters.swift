// Overloads that take a call's arguments equally well, one through a defaulted parameter: swiftc calls the one that
// leaves out fewer defaulted parameters. A concrete overload beside a generic one takes `nil` as its optional.
func h(_ x: Int, y: Int = 0) { print("with y", x, y) }
func h(_ x: Int) { print("without y", x) }
h(1)
h(2, y: 3)
struct Box {
    func put(_ x: Int, label: String = "-") -> String { "\(label)\(x)" }
    func put(_ x: Int) -> String { "plain \(x)" }
}
print(Box().put(4), Box().put(5, label: "#"))
func ov(_ x: Int?) { print("concrete", x as Any) }
func ov<T>(_ x: T?) { print("generic", x as Any) }
ov(nil)
ov("s")
