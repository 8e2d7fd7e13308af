// Comparable synthesized for enums with associated values: cases in declaration order, then the values in order.
enum SkillLevel: Comparable {
    case beginner
    case intermediate
    case expert(stars: Int)
}
var levels = [SkillLevel.intermediate, SkillLevel.beginner,
              SkillLevel.expert(stars: 5), SkillLevel.expert(stars: 3)]
for level in levels.sorted() {
    print(level)
}
enum Suit: Comparable { case clubs, hearts }
struct Rank: Comparable {
    var value: Int
    static func < (a: Rank, b: Rank) -> Bool { a.value < b.value }
}
enum Card: Comparable {
    case joker
    case numbered(Rank, Suit)
    case named(String, score: Double)
}
let cards: [Card] = [.named("queen", score: 2.5), .numbered(Rank(value: 3), .hearts), .joker,
                     .numbered(Rank(value: 3), .clubs), .named("king", score: 1.0), .numbered(Rank(value: 2), .hearts),
                     .named("king", score: 0.5)]
for card in cards.sorted() { print(card) }
print(cards.min()!, cards.max()!)
let a = Card.numbered(Rank(value: 3), .clubs), b = Card.numbered(Rank(value: 3), .hearts)
print(a < b, a > b, a <= a, a >= b, Card.joker < a, SkillLevel.expert(stars: 1) > .intermediate)
print(cards.sorted(by: >).first!)
