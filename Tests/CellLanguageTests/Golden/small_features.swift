// Raw strings, `fallthrough`, tuple comparison, indirect enums, capture lists of constants, Character raw values.
let multiplier = 3
print(#"Write an interpolated string in Swift using \(multiplier)."#)
print(#"6 times 7 is \#(6 * 7), a "quote" and a backslash \ stay."#)
print(##"Two pounds: \#(multiplier) \##(multiplier) \##t|"##)
let threeQuotes = #"""
Here are three more double quotes: """
Line \#(multiplier)\#nnext
"""#
print(threeQuotes)

for n in [2, 5, 8, 42] {
    var description = "The number \(n) is"
    switch n {
    case 2, 3, 5, 7:
        description += " a prime number, and also"
        fallthrough
    case 8:
        description += " small, and"
        fallthrough
    default:
        description += " an integer."
    }
    print(description)
}

print((1, "zebra") < (2, "apple"), (3, "apple") < (3, "bird"), (4, "dog") == (4, "dog"))
print(("blue", -1) < ("purple", 1), (2.5, "b") >= (2.5, "a"), (1, 2, 3) <= (1, 2, 3), (1, 2) > (1, 3))
let pairs = [(2, "b"), (1, "z"), (2, "a")]
print(pairs.sorted { $0 < $1 }.map { "\($0.0)\($0.1)" })

indirect enum ArithmeticExpression {
    case number(Int)
    case addition(ArithmeticExpression, ArithmeticExpression)
    case multiplication(ArithmeticExpression, ArithmeticExpression)
}
enum Tree {
    case leaf
    indirect case node(Tree, Int, Tree)
}
func evaluate(_ expression: ArithmeticExpression) -> Int {
    switch expression {
    case let .number(value): return value
    case let .addition(left, right): return evaluate(left) + evaluate(right)
    case let .multiplication(left, right): return evaluate(left) * evaluate(right)
    }
}
let sum = ArithmeticExpression.addition(.number(5), .number(4))
print(evaluate(.multiplication(sum, .number(2))))
print(sum)
func total(_ tree: Tree) -> Int {
    if case let .node(left, value, right) = tree { return total(left) + value + total(right) }
    return 0
}
print(total(.node(.node(.leaf, 1, .leaf), 2, .node(.leaf, 3, .leaf))))

let base = 10
let addBase = { [base] (x: Int) -> Int in x + base }
print(addBase(5))
class Counter {
    var count = 0
    func makeIncrementer() -> () -> Void {
        return { [self] in count += 1 }
    }
}
let counter = Counter()
let increment = counter.makeIncrementer()
increment()
increment()
print(counter.count)

enum ASCIIControlCharacter: Character {
    case tab = "\t"
    case lineFeed = "\n"
    case letterA = "A"
}
print(ASCIIControlCharacter.letterA.rawValue, ASCIIControlCharacter(rawValue: "\n") as Any, ASCIIControlCharacter(rawValue: "B") as Any)
