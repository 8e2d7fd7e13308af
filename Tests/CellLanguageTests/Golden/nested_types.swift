// Types declared inside types: found by their own name inside, by `Outer.Inner` outside.
struct ChessPiece {
    enum Color: Character {
        case white = "W", black = "B"
    }
    enum Kind: Int {
        case pawn = 1, knight = 3, bishop, rook = 5, queen = 9, king = 100
        struct Moves {
            let steps: Int, jumps: Bool?
        }
        var moves: Moves {
            switch self {
            case .knight: return Moves(steps: 1, jumps: true)
            case .bishop, .rook, .queen: return Moves(steps: 7, jumps: false)
            default: return Moves(steps: self.rawValue == 1 ? 2 : 1, jumps: nil)
            }
        }
    }
    let kind: Kind, color: Color
    var description: String {
        var output = "color \(color.rawValue),"
        output += " moves \(kind.moves.steps)"
        if let jumps = kind.moves.jumps {
            output += " jumping: \(jumps)"
        }
        return output
    }
    static func row(of color: Color) -> [ChessPiece] {
        [Kind.pawn, .rook, .knight].map { ChessPiece(kind: $0, color: color) }
    }
}

let blackKnight = ChessPiece(kind: .knight, color: .black)
print("blackKnight: \(blackKnight.description)")
let whiteSymbol = ChessPiece.Color.white.rawValue
print("whiteSymbol is \"\(whiteSymbol)\"")
let queen: ChessPiece.Kind = .queen
print(queen, queen.rawValue, queen.moves.steps)
print(ChessPiece.Kind(rawValue: 3) as Any, ChessPiece.Kind(rawValue: 2) as Any)
let moves = ChessPiece.Kind.Moves(steps: 3, jumps: nil)
print(moves)
print([moves])
for piece in ChessPiece.row(of: .white) { print(piece.description) }
print(ChessPiece.Color.black)

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
