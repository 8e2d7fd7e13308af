// Objects held by a block's locals are freed when the block ends (loop bodies, loop variables, `if let`,
// `switch` bindings), so `deinit` runs there as in Swift.
class Token {
    let n: Int
    init(_ n: Int) { self.n = n }
    deinit { print("bye \(n)") }
}
for i in 0..<3 {
    let token = Token(i)
    print("made \(token.n)")
}
print("after loop")
var tokens = [Token(10), Token(11)]
for token in tokens {
    print("item \(token.n)")
}
tokens.removeAll()
print("cleared")
var current: Token? = Token(30)
current = Token(31)
print("replaced")
if let bound = current {
    print("bound \(bound.n)")
}
current = nil
print("released")
var pending: Token? = Token(40)
switch pending {
case let token?:
    print("switch \(token.n)")
default:
    print("none")
}
pending = nil
var count = 0
while count < 2 {
    let token = Token(50 + count)
    count += token.n - token.n + 1
}
print("end")
