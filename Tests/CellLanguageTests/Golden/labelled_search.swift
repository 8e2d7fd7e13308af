// Labelled statements: searching a word grid and validating a Sudoku row set.
import Foundation
let grid: [[Character]] = [
    Array("gatto"),
    Array("arcor"),
    Array("tenda"),
    Array("ocane"),
]
let target: [Character] = Array("cane")

var foundAt = ""
search: for r in grid.indices {
    for c in grid[r].indices {
        if c + target.count > grid[r].count { continue search }
        var matches = true
        for k in target.indices where grid[r][c + k] != target[k] {
            matches = false
            break
        }
        if matches {
            foundAt = "row \(r), column \(c)"
            break search
        }
    }
}
print("'cane' found at", foundAt)

// Vertical words: continue the outer loop as soon as a column fails.
var verticalHits: [Int] = []
columns: for c in 0..<grid[0].count {
    for r in 0..<min(target.count, grid.count) {
        if grid[r][c] != Array("gato")[r] { continue columns }
    }
    verticalHits.append(c)
}
print("columns spelling 'gato':", verticalHits)

// Rows with duplicated digits, with a labelled outer loop.
let rows = [[1, 2, 3, 4], [2, 2, 3, 1], [4, 3, 2, 1], [1, 3, 3, 3]]
var invalid: [Int] = []
rowLoop: for (index, row) in rows.enumerated() {
    for i in 0..<row.count {
        for j in (i + 1)..<row.count where row[i] == row[j] {
            invalid.append(index)
            continue rowLoop
        }
    }
}
print("invalid rows:", invalid)

// A while loop with a label, stopped from a nested loop.
var n = 0
var log: [String] = []
outer: while true {
    n += 1
    var k = 0
    repeat {
        k += 1
        if n * k > 12 { break outer }
        if k == n { continue outer }
    } while k < 3
    log.append("n=\(n)")
}
print(n, log)
