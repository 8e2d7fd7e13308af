// Subscripts assigned and changed in place: through a protocol-typed value whose protocol requires a `{ get set }`
// subscript, on a generic type's own subscript and computed property setters, and on a class.
protocol Grid {
    subscript(i: Int) -> Int { get set }
}

struct Cells: Grid {
    var cells = [0, 0, 0]
    subscript(i: Int) -> Int {
        get { cells[i] }
        set { cells[i] = newValue }
    }
}

final class Counters: Grid {
    var counts = [10, 20]
    subscript(i: Int) -> Int {
        get { counts[i] }
        set { counts[i] = newValue * 2 }
    }
}

protocol Store {
    subscript(key: String) -> Int? { get set }
}

struct Memory: Store {
    var table: [String: Int] = [:]
    subscript(key: String) -> Int? {
        get { table[key] }
        set { table[key] = newValue }
    }
}

func fill<S: Store>(_ store: inout S, _ key: String) { store[key] = key.count }

var grid: any Grid = Cells()
grid[1] = 7
grid[2] += 5
print(grid[0], grid[1], grid[2])
var grids: [any Grid] = [Cells(), Counters()]
grids[1][0] = 3
grids[0][2] -= 4
print(grids.map { [$0[0], $0[1], $0[2 % 2]] })
var store: Store = Memory()
store["a"] = 1
store["b"] = 2
store["a"] = nil
print(store["a"] ?? -1, store["b"] ?? -1)
var memory = Memory()
fill(&memory, "four")
print(memory.table)

struct Table<T> {
    var cells: [T]
    let width: Int
    subscript(x: Int, y: Int) -> T {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }
    var last: T {
        get { cells[cells.count - 1] }
        set { cells[cells.count - 1] = newValue }
    }
}

var letters = Table(cells: ["a", "b", "c", "d"], width: 2)
letters[1, 1] = "z"
letters.last += "!"
letters[0, 1] += "?"
print(letters.cells, letters[0, 0], letters.last)
var numbers = Table<Double>(cells: [1, 2, 3, 4], width: 2)
numbers[1, 0] *= 10
print(numbers.cells)
