// Array literals subscripted where the element type is known take it: Characters, Doubles.
enum Suit: Int, CaseIterable {
    case clubs = 1, diamonds, hearts, spades
    var symbol: Character { ["♣", "♦", "♥", "♠"][rawValue - 1] }
}
print(Suit.allCases.map(\.symbol), String(Suit.allCases.map(\.symbol)))
func grade(_ score: Int) -> Character {
    let index = min(max((100 - score) / 10, 0), 4)
    return ["A", "B", "C", "D", "F"][index]
}
print([95, 81, 77, 64, 12].map(grade))
let weight: Double = [1, 2, 4][2]
let scale = [10, 100][1] / 3
let word = ["zero", "one"][1]
print(weight / 3, scale, word.count)
