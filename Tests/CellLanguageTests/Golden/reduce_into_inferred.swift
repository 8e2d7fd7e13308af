// reduce(into:) with an empty literal and no written type: the accumulator's type comes from the closure, as
// swiftc infers it.
let nums = [1, 2, 2, 3, 3, 3]
let counts = nums.reduce(into: [:]) { $0[$1, default: 0] += 1 }
print(counts.sorted { $0.key < $1.key }, type(of: counts))
let annotated: [Int: Int] = nums.reduce(into: [:]) { $0[$1, default: 0] += 1 }
print(annotated == counts)
let words = ["a", "b", "a"]
let seen = words.reduce(into: [:]) { partial, word in partial[word] = true }
print(seen.sorted { $0.key < $1.key }, type(of: seen))
let weights = words.reduce(into: [:]) { $0[$1, default: 0.5] *= 2 }
print(weights.sorted { $0.key < $1.key })
let copy = nums.reduce(into: []) { $0.append($1) }
print(copy, type(of: copy))
