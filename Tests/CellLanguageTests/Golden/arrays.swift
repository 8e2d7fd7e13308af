// Arrays: literals, subscripts, mutation, count, common members; value semantics.
var xs = [3, 1, 4, 1, 5]
print(xs[0], xs[4], xs.count)
xs[1] = 9
xs.append(2)
xs += [6, 5]
print(xs)
xs.insert(0, at: 0)
print(xs)
let removed = xs.remove(at: 2)
print(removed, xs)
let last = xs.removeLast()
print(last, xs)
print(xs.first!, xs.last!, xs.isEmpty)
print(xs.first as Any, ([] as [Int]).first as Any)
print(xs.contains(4), xs.contains(42))
var copy = xs
copy[0] = 100
print(xs[0], copy[0])
var grid = [[0, 0, 0], [0, 0, 0]]
grid[1][2] = 7
grid[0][0] += 1
print(grid)
var names: [String] = []
names.append("Grace")
names.append(contentsOf: ["Alan", "Ada"])
print(names, names.count)
let zeros = [Double](repeating: 0, count: 3)
let ones = Array(repeating: 1, count: 4)
print(zeros, ones)
print(Array(0..<5), Array(1...3))
print(xs.indices)
for i in xs.indices { xs[i] *= 2 }
print(xs)
var m = [1, 2, 3]
m.swapAt(0, 2)
m.reverse()
print(m)
let both = [1, 2] + [3]
print(both, both == [1, 2, 3], both != [1, 2])
print(xs[1..<3], xs[0...1])
