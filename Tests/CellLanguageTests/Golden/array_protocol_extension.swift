// An array conforms to a protocol without requirements (`extension Array: Describable {}`) and gets the members of
// the protocol's extension, as any conforming type does (issue 12: `[1].hi()`).
protocol Describable {}

extension Describable {
    func hi() -> Int { 1 }
    func describe() -> String { "a describable value, hi \(hi())" }
    var tag: String { "tagged" }
}

extension Array: Describable {}
extension Int: Describable {}

print([1].hi())
let words = ["a", "b"]
print(words.describe())
print(words.tag)
var scores = [1.5, 2.5]
scores.append(3.5)
print(scores.hi() + scores.count)
print(7.describe())
