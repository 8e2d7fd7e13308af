// Standard-library functions and methods as values, and Strideable's advanced(by:) / distance(to:).
let chars: [Character] = ["a", "x", "c", "b"]
print(chars.filter("abc".contains))
let vowels = "aeiou"
let word: [Character] = Array("education")
print(word.filter(vowels.contains).count, word.contains(where: vowels.contains))
let isVowel: (Character) -> Bool = vowels.contains
print(isVowel("e"), isVowel("z"))
print("hello".contains("l" as Character), "hello".contains("ll"))
print([("a", "b"), ("d", "c")].map(max), [("a", "b"), ("d", "c")].map(min))
print(["pear", "fig", "apple"].reduce("m", min), ["pear", "fig", "apple"].reduce("", max))
let grades: [Character] = ["B", "A", "C"]
print(zip(grades, grades.dropFirst()).map(max))
print(1.5.advanced(by: 2), 1.0.distance(to: 4.5), (-2.5).advanced(by: 0.5))
print(3.advanced(by: 2), 3.distance(to: 10), 10.distance(to: 3))
var position = 0
for step in [3, -1, 4] { position = position.advanced(by: step) }
print(position)

// Arrays of optionals made by their initializer.
let xs = [Int?]([1, nil])
print(xs)
let names = [String?](["a", nil, "c"])
print(names.compactMap { $0 })
let grid = [[Int]?]([[1], nil])
print(grid)
