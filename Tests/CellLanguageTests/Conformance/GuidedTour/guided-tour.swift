print("Hello, world!")
print("@@listing-end 1@@")
var myVariable = 42
myVariable = 50
let myConstant = 42
print("@@listing-end 2@@")
let implicitInteger = 70
let implicitDouble = 70.0
let explicitDouble: Double = 70
print("@@listing-end 3@@")
let label = "The width is "
let width = 94
let widthLabel = label + String(width)
print(widthLabel)
print("@@listing-end 4@@")
let apples = 3
let oranges = 5
let appleSummary = "I have \(apples) apples."
print(appleSummary)
let fruitSummary = "I have \(apples + oranges) pieces of fruit."
print(fruitSummary)
print("@@listing-end 5@@")
let quotation = """
I said "I have \(apples) apples."
And then I said "I have \(apples + oranges) pieces of fruit."
"""
print("@@listing-end 6@@")
var fruits = ["strawberries", "limes", "tangerines"]
fruits[1] = "grapes"

var occupations = [
    "Malcolm": "Captain",
    "Kaylee": "Mechanic",
 ]
occupations["Jayne"] = "Public Relations"
print("@@listing-end 7@@")
fruits.append("blueberries")
print(fruits)
print("@@listing-end 8@@")
fruits = []
occupations = [:]
print("@@listing-end 9@@")
let individualScores = [75, 43, 103, 87, 12]
var teamScore = 0
for score in individualScores {
    if score > 50 {
        teamScore += 3
    } else {
        teamScore += 1
    }
}
print(teamScore)
print("@@listing-end 10@@")
var optionalString: String? = "Hello"
print(optionalString == nil)

var optionalName: String? = "John Appleseed"
var greeting = "Hello!"
if let name = optionalName {
    greeting = "Hello, \(name)"
}
print(greeting)
print("@@listing-end 11@@")
let nickname: String? = nil
let fullName: String = "John Appleseed"
let informalGreeting = "Hi \(nickname ?? fullName)"
print(informalGreeting)
print("@@listing-end 12@@")
if let nickname {
    print("Hey, \(nickname)")
}
print("@@listing-end 13@@")
let vegetable = "red pepper"
switch vegetable {
    case "celery":
        print("Add some raisins and make ants on a log.")
    case "cucumber", "watercress":
        print("That would make a good tea sandwich.")
    case let x where x.hasSuffix("pepper"):
        print("Is it a spicy \(x)?")
    default:
        print("Everything tastes good in soup.")
}
print("@@listing-end 14@@")
let interestingNumbers = [
    "Prime": [2, 3, 5, 7, 11, 13],
    "Fibonacci": [1, 1, 2, 3, 5, 8],
    "Square": [1, 4, 9, 16, 25],
]
var largest = 0
for (_, numbers) in interestingNumbers {
    for number in numbers {
        if number > largest {
            largest = number
        }
    }
}
print(largest)
print("@@listing-end 15@@")
var n = 2
while n < 100 {
    n *= 2
}
print(n)

var m = 2
repeat {
    m *= 2
} while m < 100
print(m)
print("@@listing-end 16@@")
var total = 0
for i in 0..<4 {
    total += i
}
print(total)
print("@@listing-end 17@@")
func greet(person: String, day: String) -> String {
    return "Hello \(person), today is \(day)."
}
let greetBob =
greet(person: "Bob", day: "Tuesday")
print(greetBob)
print("@@listing-end 18@@")
func greet(_ person: String, on day: String) -> String {
    return "Hello \(person), today is \(day)."
}
let greetJohn =
greet("John", on: "Wednesday")
print(greetJohn)
print("@@listing-end 19@@")
func calculateStatistics(scores: [Int]) -> (min: Int, max: Int, sum: Int) {
    var min = scores[0]
    var max = scores[0]
    var sum = 0

    for score in scores {
        if score > max {
            max = score
        } else if score < min {
            min = score
        }
        sum += score
    }

    return (min, max, sum)
}
let statistics = calculateStatistics(scores: [5, 3, 100, 3, 9])
print(statistics)
print(statistics.sum)
print(statistics.2)
print("@@listing-end 20@@")
func returnFifteen() -> Int {
    var y = 10
    func add() {
        y += 5
    }
    add()
    return y
}
let fifteen =
returnFifteen()
print(fifteen)
print("@@listing-end 21@@")
func makeIncrementer() -> ((Int) -> Int) {
    func addOne(number: Int) -> Int {
        return 1 + number
    }
    return addOne
}
var increment = makeIncrementer()
let incrementResult =
increment(7)
print(incrementResult)
print("@@listing-end 22@@")
func hasAnyMatches(list: [Int], condition: (Int) -> Bool) -> Bool {
    for item in list {
        if condition(item) {
            return true
        }
    }
    return false
}
func lessThanTen(number: Int) -> Bool {
    return number < 10
}
var numbers = [20, 19, 7, 12]
let anyMatches =
hasAnyMatches(list: numbers, condition: lessThanTen)
print(anyMatches)
print("@@listing-end 23@@")
let numbersMap =
numbers.map({ (number: Int) -> Int in
    let result = 3 * number
    return result
})
print(numbersMap)
print("@@listing-end 24@@")
let mappedNumbers = numbers.map({ number in 3 * number })
print(mappedNumbers)
print("@@listing-end 25@@")
let sortedNumbers = numbers.sorted { $0 > $1 }
print(sortedNumbers)
print("@@listing-end 26@@")
class Shape {
    var numberOfSides = 0
    func simpleDescription() -> String {
        return "A shape with \(numberOfSides) sides."
    }
}
print(Shape().simpleDescription())
print("@@listing-end 27@@")
var shape = Shape()
shape.numberOfSides = 7
var shapeDescription = shape.simpleDescription()
print(shapeDescription)
print("@@listing-end 28@@")
class NamedShape {
    var numberOfSides: Int = 0
    var name: String

    init(name: String) {
       self.name = name
    }

    func simpleDescription() -> String {
       return "A shape with \(numberOfSides) sides."
    }
}
print(NamedShape(name: "test name").name)
print(NamedShape(name: "test name").simpleDescription())
print("@@listing-end 29@@")
class Square: NamedShape {
    var sideLength: Double

    init(sideLength: Double, name: String) {
        self.sideLength = sideLength
        super.init(name: name)
        numberOfSides = 4
    }

    func area() -> Double {
        return sideLength * sideLength
    }

    override func simpleDescription() -> String {
        return "A square with sides of length \(sideLength)."
    }
}
let test = Square(sideLength: 5.2, name: "my test square")
let testArea =
test.area()
print(testArea)
let testDesc =
test.simpleDescription()
print(testDesc)
print("@@listing-end 30@@")
class EquilateralTriangle: NamedShape {
    var sideLength: Double = 0.0

    init(sideLength: Double, name: String) {
        self.sideLength = sideLength
        super.init(name: name)
        numberOfSides = 3
    }

    var perimeter: Double {
        get {
             return 3.0 * sideLength
        }
        set {
            sideLength = newValue / 3.0
        }
    }

    override func simpleDescription() -> String {
        return "An equilateral triangle with sides of length \(sideLength)."
    }
}
var triangle = EquilateralTriangle(sideLength: 3.1, name: "a triangle")
print(triangle.perimeter)
triangle.perimeter = 9.9
print(triangle.sideLength)
print("@@listing-end 31@@")
class TriangleAndSquare {
    var triangle: EquilateralTriangle {
        willSet {
            square.sideLength = newValue.sideLength
        }
    }
    var square: Square {
        willSet {
            triangle.sideLength = newValue.sideLength
        }
    }
    init(size: Double, name: String) {
        square = Square(sideLength: size, name: name)
        triangle = EquilateralTriangle(sideLength: size, name: name)
    }
}
var triangleAndSquare = TriangleAndSquare(size: 10, name: "another test shape")
print(triangleAndSquare.square.sideLength)
print(triangleAndSquare.triangle.sideLength)
triangleAndSquare.square = Square(sideLength: 50, name: "larger square")
print(triangleAndSquare.triangle.sideLength)
print("@@listing-end 32@@")
let optionalSquare: Square? = Square(sideLength: 2.5, name: "optional square")
let sideLength = optionalSquare?.sideLength
print("@@listing-end 33@@")
enum Rank: Int {
    case ace = 1
    case two, three, four, five, six, seven, eight, nine, ten
    case jack, queen, king

    func simpleDescription() -> String {
        switch self {
            case .ace:
                return "ace"
            case .jack:
                return "jack"
            case .queen:
                return "queen"
            case .king:
                return "king"
            default:
                return String(self.rawValue)
        }
    }
}
let ace = Rank.ace
let aceRawValue = ace.rawValue
print(aceRawValue)
print("@@listing-end 34@@")
if let convertedRank = Rank(rawValue: 3) {
    let threeDescription = convertedRank.simpleDescription()
print(threeDescription)
}
print("@@listing-end 35@@")
enum Suit {
    case spades, hearts, diamonds, clubs

    func simpleDescription() -> String {
        switch self {
            case .spades:
                return "spades"
            case .hearts:
                return "hearts"
            case .diamonds:
                return "diamonds"
            case .clubs:
                return "clubs"
        }
    }
}
let hearts = Suit.hearts
let heartsDescription = hearts.simpleDescription()
print(heartsDescription)
print("@@listing-end 36@@")
enum ServerResponse {
    case result(String, String)
    case failure(String)
}

let success = ServerResponse.result("6:00 am", "8:09 pm")
let failure = ServerResponse.failure("Out of cheese.")

switch success {
    case let .result(sunrise, sunset):
        print("Sunrise is at \(sunrise) and sunset is at \(sunset).")
    case let .failure(message):
        print("Failure...  \(message)")
}
print("@@listing-end 37@@")
struct Card {
    var rank: Rank
    var suit: Suit
    func simpleDescription() -> String {
        return "The \(rank.simpleDescription()) of \(suit.simpleDescription())"
    }
}
let threeOfSpades = Card(rank: .three, suit: .spades)
let threeOfSpadesDescription = threeOfSpades.simpleDescription()
print(threeOfSpadesDescription)
print("@@listing-end 38@@")
protocol ExampleProtocol {
     var simpleDescription: String { get }
     mutating func adjust()
}
print("@@listing-end 39@@")
class SimpleClass: ExampleProtocol {
     var simpleDescription: String = "A very simple class."
     var anotherProperty: Int = 69105
     func adjust() {
          simpleDescription += "  Now 100% adjusted."
     }
}
var a = SimpleClass()
a.adjust()
let aDescription = a.simpleDescription
print(aDescription)

struct SimpleStructure: ExampleProtocol {
     var simpleDescription: String = "A simple structure"
     mutating func adjust() {
          simpleDescription += " (adjusted)"
     }
}
var b = SimpleStructure()
b.adjust()
let bDescription = b.simpleDescription
print(bDescription)
print("@@listing-end 40@@")
extension Int: ExampleProtocol {
    var simpleDescription: String {
        return "The number \(self)"
    }
    mutating func adjust() {
        self += 42
    }
 }
print(7.simpleDescription)
print("@@listing-end 41@@")
let protocolValue: ExampleProtocol = a
print(protocolValue.simpleDescription)
// print(protocolValue.anotherProperty)  // Uncomment to see the error
print("@@listing-end 42@@")
enum PrinterError: Error {
    case outOfPaper
    case noToner
    case onFire
}
print("@@listing-end 43@@")
func send(job: Int, toPrinter printerName: String) throws -> String {
    if printerName == "Never Has Toner" {
        throw PrinterError.noToner
    }
    return "Job sent"
}
print("@@listing-end 44@@")
do {
    let printerResponse = try send(job: 1040, toPrinter: "Bi Sheng")
    print(printerResponse)
} catch {
    print(error)
}
print("@@listing-end 45@@")
do {
    let printerResponse = try send(job: 500, toPrinter: "Never Has Toner")
    print(printerResponse)
} catch {
    print(error)
}
print("@@listing-end 46@@")
do {
    let printerResponse = try send(job: 1440, toPrinter: "Gutenberg")
    print(printerResponse)
} catch PrinterError.onFire {
    print("I'll just put this over here, with the rest of the fire.")
} catch let printerError as PrinterError {
    print("Printer error: \(printerError).")
} catch {
    print(error)
}
print("@@listing-end 47@@")
let printerSuccess = try? send(job: 1884, toPrinter: "Mergenthaler")
print(printerSuccess as Any)
let printerFailure = try? send(job: 1885, toPrinter: "Never Has Toner")
print(printerFailure as Any)
print("@@listing-end 48@@")
var fridgeIsOpen = false
let fridgeContent = ["milk", "eggs", "leftovers"]

func fridgeContains(_ food: String) -> Bool {
    fridgeIsOpen = true
    defer {
        fridgeIsOpen = false
    }

    let result = fridgeContent.contains(food)
    return result
}
let containsBanana =
fridgeContains("banana")
print(containsBanana)
print(fridgeIsOpen)
print("@@listing-end 49@@")
func makeArray<Item>(repeating item: Item, numberOfTimes: Int) -> [Item] {
    var result: [Item] = []
    for _ in 0..<numberOfTimes {
         result.append(item)
    }
    return result
}
let fourKnocks =
makeArray(repeating: "knock", numberOfTimes: 4)
print(fourKnocks)
print("@@listing-end 50@@")
// Reimplement the Swift standard library's optional type
enum OptionalValue<Wrapped> {
    case none
    case some(Wrapped)
}
var possibleInteger: OptionalValue<Int> = .none
possibleInteger = .some(100)
print("@@listing-end 51@@")
func anyCommonElements<T: Sequence, U: Sequence>(_ lhs: T, _ rhs: U) -> Bool
    where T.Element: Equatable, T.Element == U.Element
{
    for lhsItem in lhs {
        for rhsItem in rhs {
            if lhsItem == rhsItem {
                return true
            }
        }
    }
   return false
}
let hasAnyCommon =
anyCommonElements([1, 2, 3], [3])
print(hasAnyCommon)
print("@@listing-end 52@@")
