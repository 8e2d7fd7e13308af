// Assigning through a slice of an array: the slice keeps its base's indices, and what is assigned to its elements
// is written back to the array.
var xs = [1, 2, 3]
xs[0..<2][0] = 5
print(xs)

struct Shelf { var items = [1, 2, 3, 4] }
var shelf = Shelf()
shelf.items[1..<3][2] *= 10
print(shelf.items)

var grid = [[1, 2, 3], [4, 5, 6]]
grid[1][1...2][2] = 9
print(grid)

var ys = [5, 6, 7, 8]
ys[..<2][1] -= 1
ys[...3][3] = 0
ys[2...][2] += 100
print(ys)

func bump(_ a: inout [Int]) { a[0...1][1] += 1 }
bump(&ys)
print(ys)

var words = ["a", "b", "c"]
let start = 1
words[start...][start] += "!"
print(words, words[1...])
