// Subscript declarations on structs, classes and enums: getter-only and get/set, one or more parameters,
// labels, default values, static subscripts; reads, assignments and compound assignments.
struct TimesTable {
    let multiplier: Int
    subscript(index: Int) -> Int {
        return multiplier * index
    }
}
let threeTimesTable = TimesTable(multiplier: 3)
print("six times three is \(threeTimesTable[6])")

struct Matrix {
    let rows: Int, columns: Int
    var grid: [Double]
    init(rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
        grid = Array(repeating: 0.0, count: rows * columns)
    }
    func indexIsValid(row: Int, column: Int) -> Bool {
        return row >= 0 && row < rows && column >= 0 && column < columns
    }
    subscript(row: Int, column: Int) -> Double {
        get {
            assert(indexIsValid(row: row, column: column), "Index out of range")
            return grid[(row * columns) + column]
        }
        set {
            assert(indexIsValid(row: row, column: column), "Index out of range")
            grid[(row * columns) + column] = newValue
        }
    }
}
var matrix = Matrix(rows: 2, columns: 2)
matrix[0, 1] = 1.5
matrix[1, 0] = 3.2
print(matrix.grid)
matrix[1, 0] += 1
matrix[0, 1] *= 4
print(matrix[1, 0], matrix[0, 1])

// Labels, defaults and overloads.
struct Grid {
    var cells = [[0, 0], [0, 0]]
    subscript(row r: Int, column c: Int) -> Int {
        get { cells[r][c] }
        set(value) { cells[r][c] = value }
    }
    subscript(x: Int, y: Int = 0) -> Int {
        return cells[x][y] + 100
    }
    subscript(name: String) -> String {
        return "cell \(name)"
    }
}
var grid = Grid()
grid[row: 1, column: 1] = 7
grid[row: 0, column: 1] -= 2
print(grid.cells, grid[1], grid[1, 1], grid["a1"])

// Classes: the receiver is shared.
class Registry {
    var entries: [String: Int] = [:]
    subscript(key: String) -> Int {
        get {
            print("get \(key)")
            return entries[key] ?? 0
        }
        set {
            print("set \(key) = \(newValue)")
            entries[key] = newValue
        }
    }
}
let registry = Registry()
registry["a"] = 1
registry["a"] += 10
print(registry["a"], registry.entries)

// Evaluation order: indices, then the right side, then get and set.
func index(_ value: String) -> String {
    print("index \(value)")
    return value
}
func amount() -> Int {
    print("amount")
    return 5
}
registry[index("b")] += amount()
registry[index("c")] = amount()

// Mutating through a subscript, and nested subscripts.
struct Shelf {
    var books: [[String]] = [["A"], ["B"]]
    subscript(i: Int) -> [String] {
        get { books[i] }
        set { books[i] = newValue }
    }
}
var shelf = Shelf()
shelf[0].append("C")
shelf[1][0] = "Z"
print(shelf.books)

// Static subscripts and enums.
enum Planet: Int {
    case mercury = 1, venus, earth, mars
    static subscript(n: Int) -> Planet {
        return Planet(rawValue: n)!
    }
    subscript(offset: Int) -> Planet? {
        return Planet(rawValue: rawValue + offset)
    }
}
let mars = Planet[4]
print(mars, Planet.venus[1]!, Planet.mars[1] == nil)

struct Defaults {
    static var values = ["x": 1]
    static subscript(key: String) -> Int {
        get { values[key] ?? -1 }
        set { values[key] = newValue }
    }
}
Defaults["y"] = 2
Defaults["x"] += 5
print(Defaults["x"], Defaults["y"], Defaults["z"])
