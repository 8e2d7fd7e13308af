// Protocols nested in types (Swift 5.10): found by their own name inside the type, by `Outer.Name` outside it, as
// a class-bound delegate held weakly, as a conformance, a value type and a generic constraint.
final class Generator {
    var last = 42.0
    func random() -> Double {
        last = (last * 3877.0 + 29573.0).truncatingRemainder(dividingBy: 139968.0)
        return last / 139968.0
    }
}

class DiceGame {
    let sides: Int
    let generator = Generator()
    weak var delegate: Delegate?

    init(sides: Int) {
        self.sides = sides
    }

    func roll() -> Int {
        return Int(generator.random() * Double(sides)) + 1
    }

    func play(rounds: Int) {
        delegate?.gameDidStart(self)
        for round in 1...rounds {
            let player1 = roll()
            let player2 = roll()
            if player1 == player2 {
                delegate?.game(self, didEndRound: round, winner: nil)
            } else if player1 > player2 {
                delegate?.game(self, didEndRound: round, winner: 1)
            } else {
                delegate?.game(self, didEndRound: round, winner: 2)
            }
        }
        delegate?.gameDidEnd(self)
    }

    protocol Delegate: AnyObject {
        func gameDidStart(_ game: DiceGame)
        func game(_ game: DiceGame, didEndRound round: Int, winner: Int?)
        func gameDidEnd(_ game: DiceGame)
    }
}

class DiceGameTracker: DiceGame.Delegate {
    var playerScore1 = 0
    var playerScore2 = 0
    func gameDidStart(_ game: DiceGame) {
        print("Started a new game")
        playerScore1 = 0
        playerScore2 = 0
    }
    func game(_ game: DiceGame, didEndRound round: Int, winner: Int?) {
        switch winner {
        case 1:
            playerScore1 += 1
            print("Player 1 won round \(round)")
        case 2:
            playerScore2 += 1
            print("Player 2 won round \(round)")
        default:
            print("The round was a draw")
        }
    }
    func gameDidEnd(_ game: DiceGame) {
        if playerScore1 == playerScore2 {
            print("The game ended in a draw.")
        } else if playerScore1 > playerScore2 {
            print("Player 1 won!")
        } else {
            print("Player 2 won!")
        }
    }
}

let tracker = DiceGameTracker()
let game = DiceGame(sides: 6)
game.delegate = tracker
game.play(rounds: 5)

struct Shelf {
    protocol Item {
        var label: String { get }
    }
    var items: [Item] = []
    func labels() -> [String] { items.map { $0.label } }
}

struct Book: Shelf.Item {
    var title: String
    var label: String { "Book: " + title }
}

struct Plant: Shelf.Item {
    var label: String { "Plant" }
}

var shelf = Shelf()
shelf.items.append(Book(title: "Dune"))
shelf.items.append(Plant())
print(shelf.labels())
let first: Shelf.Item = Book(title: "Emma")
print(first.label)

func labelled<T: Shelf.Item>(_ item: T) -> String { "<" + item.label + ">" }
print(labelled(Plant()))
