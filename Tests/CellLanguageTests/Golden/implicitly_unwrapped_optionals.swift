let assumed: String! = "implicit"
let plain: String = assumed
let copy = assumed
print(plain, type(of: copy), assumed.count, assumed.uppercased(), assumed + "!")
print(assumed)
print("\(assumed!) and \(String(describing: copy))")
var number: Int! = 41
number = number + 1
let sum: Int = number + 1
print(sum, number == 42, number != nil)
number = nil
if number == nil { print("now nil") }
if let n = number { print(n) } else { print("no value") }
class Node {
    let name: String
    var next: Node!
    init(name: String) { self.name = name }
    func describe() -> String { "\(name) -> \(next.name)" }
}
let a = Node(name: "a"), b = Node(name: "b")
a.next = b
b.next = a
print(a.describe(), a.next.next.name, a.next.next.next.name)
let third: Node = a.next
print(third.name)
func greet(_ who: String) -> String { "hi " + who }
print(greet(assumed))
var names: [String]! = ["x", "y"]
print(names[1], names.count)
names.append("z")
print(names!)

// Compound assignments force-unwrap their implicitly unwrapped target.
var count2: Int! = 41
count2 += 1
print(count2 + 0)
class Tally { var total: Double! = 0.5; var label: String! = "c" }
let tally = Tally()
tally.total *= 4
tally.label += "!"
print(tally.total + 0, tally.label.count, tally.label + "")
count2 = nil
print(count2 == nil)
