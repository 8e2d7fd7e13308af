protocol RandomNumberGenerator {
   func random() -> Double
}
print("@@listing-end 1@@")
class LinearCongruentialGenerator: RandomNumberGenerator {
   var lastRandom = 42.0
   let m = 139968.0
   let a = 3877.0
   let c = 29573.0
   func random() -> Double {
      lastRandom = ((lastRandom * a + c)
          .truncatingRemainder(dividingBy:m))
      return lastRandom / m
   }
}
let generator = LinearCongruentialGenerator()
print("Here's a random number: \(generator.random())")
print("And another one: \(generator.random())")
print("@@listing-end 2@@")
protocol TextRepresentable {
   var textualDescription: String { get }
}
print("@@listing-end 3@@")
class Dice {
   let sides: Int
   let generator: any RandomNumberGenerator
   init(sides: Int, generator: any RandomNumberGenerator) {
      self.sides = sides
      self.generator = generator
   }
   func roll() -> Int {
      return Int(generator.random() * Double(sides)) + 1
   }
}
var d6 = Dice(sides: 6, generator: LinearCongruentialGenerator())
protocol DiceGame {
   var dice: Dice { get }
   func play()
}
protocol DiceGameDelegate: AnyObject {
   func gameDidStart(_ game: DiceGame)
   func game(_ game: DiceGame, didStartNewTurnWithDiceRoll diceRoll: Int)
   func gameDidEnd(_ game: DiceGame)
}
class SnakesAndLadders: DiceGame {
   let finalSquare = 25
   let dice = Dice(sides: 6, generator: LinearCongruentialGenerator())
   var square = 0
   var board: [Int]
   init() {
      board = Array(repeating: 0, count: finalSquare + 1)
      board[03] = +08; board[06] = +11; board[09] = +09; board[10] = +02
      board[14] = -10; board[19] = -11; board[22] = -02; board[24] = -08
   }
   weak var delegate: DiceGameDelegate?
   func play() {
      square = 0
      delegate?.gameDidStart(self)
      gameLoop: while square != finalSquare {
         let diceRoll = dice.roll()
         delegate?.game(self, didStartNewTurnWithDiceRoll: diceRoll)
         switch square + diceRoll {
            case finalSquare:
               break gameLoop
            case let newSquare where newSquare > finalSquare:
               continue gameLoop
            default:
               square += diceRoll
               square += board[square]
         }
      }
      delegate?.gameDidEnd(self)
   }
}
let game = SnakesAndLadders()
extension Dice: TextRepresentable {
   var textualDescription: String {
      return "A \(sides)-sided dice"
   }
}
print("@@listing-end 4@@")
let d12 = Dice(sides: 12, generator: LinearCongruentialGenerator())
print(d12.textualDescription)
print("@@listing-end 5@@")
extension SnakesAndLadders: TextRepresentable {
   var textualDescription: String {
      return "A game of Snakes and Ladders with \(finalSquare) squares"
   }
}
print(game.textualDescription)
print("@@listing-end 6@@")
extension Array: TextRepresentable where Element: TextRepresentable {
   var textualDescription: String {
      let itemsAsText = self.map { $0.textualDescription }
      return "[" + itemsAsText.joined(separator: ", ") + "]"
   }
}
let myDice = [d6, d12]
print(myDice.textualDescription)
print("@@listing-end 7@@")
struct Hamster {
   var name: String
   var textualDescription: String {
      return "A hamster named \(name)"
   }
}
extension Hamster: TextRepresentable {}
print("@@listing-end 8@@")
let simonTheHamster = Hamster(name: "Simon")
let somethingTextRepresentable: TextRepresentable = simonTheHamster
print(somethingTextRepresentable.textualDescription)
print("@@listing-end 9@@")
let things: [TextRepresentable] = [game, d12, simonTheHamster]
print("@@listing-end 10@@")
for thing in things {
   print(thing.textualDescription)
}
print("@@listing-end 11@@")
protocol SomeProtocol {}
protocol AnotherProtocol {}
protocol InheritingProtocol: SomeProtocol, AnotherProtocol {
   // protocol definition goes here
}
print("@@listing-end 12@@")
protocol PrettyTextRepresentable: TextRepresentable {
   var prettyTextualDescription: String { get }
}
print("@@listing-end 13@@")
extension SnakesAndLadders: PrettyTextRepresentable {
   var prettyTextualDescription: String {
      var output = textualDescription + ":\n"
      for index in 1...finalSquare {
         switch board[index] {
            case let ladder where ladder > 0:
               output += "▲ "
            case let snake where snake < 0:
               output += "▼ "
            default:
               output += "○ "
         }
      }
      return output
   }
}
print("@@listing-end 14@@")
print(game.prettyTextualDescription)
print("@@listing-end 15@@")
extension RandomNumberGenerator {
   func randomBool() -> Bool {
      return random() > 0.5
   }
}
print("@@listing-end 16@@")
do {
let generator = LinearCongruentialGenerator()
print("Here's a random number: \(generator.random())")
print("And here's a random Boolean: \(generator.randomBool())")
}
print("@@listing-end 17@@")
extension PrettyTextRepresentable  {
   var prettyTextualDescription: String {
      return textualDescription
   }
}
print("@@listing-end 18@@")
extension Collection where Element: Equatable {
    func allEqual() -> Bool {
        for element in self {
            if element != self.first {
                return false
            }
        }
        return true
    }
}
print("@@listing-end 19@@")
let equalNumbers = [100, 100, 100, 100, 100]
let differentNumbers = [100, 100, 200, 100, 200]
print("@@listing-end 20@@")
print(equalNumbers.allEqual())
print(differentNumbers.allEqual())
print("@@listing-end 21@@")
