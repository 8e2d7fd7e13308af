// Standard-library methods used as function values: the receiver is evaluated once, where the reference is
// written; each call runs the method as a call on that value would.
let stopWords: Set<String> = ["the", "a", "of", "and"]
let text = "the cat and the hat of a dog"
let words = text.split(separator: " ").map(String.init)
print(words.filter(stopWords.contains))
let vocabulary = ["cat", "dog", "bird"]
print(words.filter(vocabulary.contains))
print(words.contains(where: stopWords.contains), ["x", "y"].contains(where: stopWords.contains))
print(words.allSatisfy(stopWords.contains))

// The receiver is evaluated once, before the method runs, even when the function is never called.
func makeStops(_ tag: String) -> Set<String> {
    print("making stops", tag)
    return ["the", "a"]
}
print(words.filter(makeStops("filter").contains).count)
let unused = makeStops("unused").contains
print("after unused")

// A value receiver is copied where the reference is: later changes to the variable do not show.
var list = ["a"]
let inList = list.contains
list.append("b")
print(inList("a"), inList("b"), list.contains("b"))

// Each evaluation of the reference binds its own receiver.
var checks: [(String) -> Bool] = []
for prefix in ["ca", "do", "zz"] {
    checks.append(prefix.hasPrefix)
}
print(checks.map { $0("c") })
let line = "hello world"
print(["he", "wo", "hello", ""].map(line.hasPrefix))
print(["o", "x"].map(line.contains))

// Without a context, the one method without a closure parameter (as swiftc chooses).
let xs = [3, 1, 2]
let position = xs.firstIndex
let ordered = xs.sorted
let has = xs.contains
print(position(2) ?? -1, ordered(), has(2), has(7))
let upper = line.uppercased
print(upper())
let twelve = 12
print([3, 5, 4].map(twelve.isMultiple))
print([1, 2, 9].filter(xs.contains))

// A function parameter of function type.
func count(_ items: [String], where test: (String) -> Bool) -> Int {
    var n = 0
    for item in items where test(item) { n += 1 }
    return n
}
print(count(words, where: stopWords.contains))
print(count(words, where: "the cat".contains))

// An explicit function type picks the overload.
let isVowel: (Character) -> Bool = Array("aeiou").contains
print(String("education".filter(isVowel)))
let sub = line.prefix(5)
print(["hel", "wor"].map(sub.hasPrefix))
let range = 1..<4
print([0, 1, 3, 4].map(range.contains))

// `max` and `min` over pairs: the pair's elements are the two arguments.
let pairs = [(1, 5), (7, 2)]
print(pairs.map(max), pairs.map(min))
print(zip([1, 5, 3], [4, 2, 6]).map(max))
print([(x: 1.5, y: 0.5)].map(max), [3, 9, 2].reduce(Int.min, max))

// Inside methods (an implicit `self` receiver), through a dictionary's keys, over numbers and ranges.
struct Vocabulary {
    var allowed: Set<String>
    func keep(_ items: [String]) -> [String] { items.filter(allowed.contains) }
    mutating func add(_ word: String) { allowed.insert(word) }
}
var vocab = Vocabulary(allowed: ["cat"])
let keepBefore = vocab.keep
vocab.add("dog")
print(vocab.keep(words), keepBefore(words))
final class Seen {
    var values: [Int] = []
    func marks(_ xs: [Int]) -> [Bool] { xs.map(values.contains) }
}
let seen = Seen()
seen.values = [1, 3]
print(seen.marks([1, 2, 3]))
let counts = ["cat": 1, "dog": 2]
print(words.filter(counts.keys.contains))
print([2.5, 3.5].filter([1.5, 2.5].contains), (1...4).map([2, 3].contains))
