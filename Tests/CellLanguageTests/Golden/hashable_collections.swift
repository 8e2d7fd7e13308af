// Arrays, optionals and sets of Hashable elements are Hashable: dictionary keys and set elements, as in Swift.
var byPath: [[Int]: String] = [[1, 2]: "a", [2, 1]: "b"]
byPath[[1, 2]] = "c"
print(byPath.count, byPath[[1, 2]]!, byPath[[3]] ?? "-")
let seen = Set([[1], [1], [2, 3]])
print(seen.count, seen.contains([2, 3]), seen.contains([3, 2]))
var opt: [Int?: Int] = [nil: 0, 1: 1]
opt[nil, default: 0] += 5
print(opt[nil]!, opt[1]!, opt.count)
let groups: [Set<Int>: String] = [[1, 2]: "x"]
print(groups[[2, 1]] ?? "?", Set([Set([1, 2]), Set([2, 1])]).count)
var counts: [[String]: Int] = [:]
for pair in [["a", "b"], ["b", "a"], ["a", "b"]] { counts[pair, default: 0] += 1 }
print(counts[["a", "b"]]!, counts[["b", "a"]]!)
