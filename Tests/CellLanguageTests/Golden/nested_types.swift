// Types declared inside types: found by their own name inside, by `Outer.Inner` outside.
struct BlackjackCard {
    enum Suit: Character {
        case spades = "♠", hearts = "♡", diamonds = "♢", clubs = "♣"
    }
    enum Rank: Int {
        case two = 2, three, four, five, six, seven, eight, nine, ten
        case jack, queen, king, ace
        struct Values {
            let first: Int, second: Int?
        }
        var values: Values {
            switch self {
            case .ace: return Values(first: 1, second: 11)
            case .jack, .queen, .king: return Values(first: 10, second: nil)
            default: return Values(first: self.rawValue, second: nil)
            }
        }
    }
    let rank: Rank, suit: Suit
    var description: String {
        var output = "suit is \(suit.rawValue),"
        output += " value is \(rank.values.first)"
        if let second = rank.values.second {
            output += " or \(second)"
        }
        return output
    }
    static func deck(of suit: Suit) -> [BlackjackCard] {
        [Rank.two, .ten, .ace].map { BlackjackCard(rank: $0, suit: suit) }
    }
}

let theAceOfSpades = BlackjackCard(rank: .ace, suit: .spades)
print("theAceOfSpades: \(theAceOfSpades.description)")
let heartsSymbol = BlackjackCard.Suit.hearts.rawValue
print("heartsSymbol is \"\(heartsSymbol)\"")
let queen: BlackjackCard.Rank = .queen
print(queen, queen.rawValue, queen.values.first)
print(BlackjackCard.Rank(rawValue: 11) as Any, BlackjackCard.Rank(rawValue: 99) as Any)
let values = BlackjackCard.Rank.Values(first: 3, second: nil)
print(values)
print([values])
for card in BlackjackCard.deck(of: .clubs) { print(card.description) }
print(BlackjackCard.Suit.diamonds)

class Library {
    struct Book {
        var title: String
        var pages: Int
    }
    enum Shelf { case fiction, science }
    var books: [Shelf: [Book]] = [:]
    func add(_ book: Book, to shelf: Shelf) { books[shelf, default: []].append(book) }
    var pageCount: Int { books.values.flatMap { $0 }.reduce(0) { $0 + $1.pages } }
}
let library = Library()
library.add(Library.Book(title: "Dune", pages: 412), to: .fiction)
library.add(Library.Book(title: "Cosmos", pages: 365), to: Library.Shelf.science)
print(library.pageCount)
