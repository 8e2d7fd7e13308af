// Conditional conformance of arrays (`extension Array: P where Element: P`): the members, the conformance as a
// protocol value, in a collection of protocol values, as a generic constraint, nested arrays, and a protocol
// extension's default reaching conforming arrays.
protocol TextRepresentable {
    var textualDescription: String { get }
}

protocol PrettyTextRepresentable: TextRepresentable {
    var prettyTextualDescription: String { get }
}

extension PrettyTextRepresentable {
    var prettyTextualDescription: String { "*" + textualDescription + "*" }
}

struct Dice: TextRepresentable {
    let sides: Int
    var textualDescription: String { "A \(sides)-sided dice" }
}

final class Coin: TextRepresentable {
    var textualDescription: String { "A coin" }
}

extension Array: TextRepresentable where Element: TextRepresentable {
    var textualDescription: String {
        let itemsAsText = self.map { $0.textualDescription }
        return "[" + itemsAsText.joined(separator: ", ") + "]"
    }
}

func describe<T: TextRepresentable>(_ value: T) -> String {
    "described: " + value.textualDescription
}

func describeAll(_ values: [any TextRepresentable]) {
    for value in values { print(value.textualDescription) }
}

let d6 = Dice(sides: 6)
let d12 = Dice(sides: 12)
let myDice = [d6, d12]
print(myDice.textualDescription)
print([Coin(), Coin()].textualDescription)

let held: TextRepresentable = myDice
print(held.textualDescription)
let things: [TextRepresentable] = [d6, myDice, Coin()]
describeAll(things)

print(describe(myDice))
print(describe([myDice, [d12]]))
let nested = [[d6], [d12, d6]]
print(nested.textualDescription)
let nestedHeld: any TextRepresentable = nested
print(nestedHeld.textualDescription)

var growing: [Dice] = []
print(growing.textualDescription)
growing.append(Dice(sides: 4))
print(growing.textualDescription)

extension Array: PrettyTextRepresentable where Element: PrettyTextRepresentable {}

struct Hamster: PrettyTextRepresentable {
    var name: String
    var textualDescription: String { "A hamster named \(name)" }
}

let hamsters = [Hamster(name: "Simon"), Hamster(name: "Kim")]
print(hamsters.prettyTextualDescription)
let pretty: any PrettyTextRepresentable = hamsters
print(pretty.prettyTextualDescription)
print(pretty.textualDescription)
