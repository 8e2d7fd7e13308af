// An array literal of one-character string literals beside an array of Characters takes its type, as swiftc infers
// it: the bigram idiom `["."] + Array(name) + ["."]`.
let name = "anna"
let chars = ["."] + Array(name) + ["."]
print(chars, type(of: chars))
print(["a", "n"] == Array(name).prefix(2).map { $0 }, Array(name) != ["a"])
var buffer: [Character] = []
buffer += ["x", "y"]
buffer = ["<"] + buffer
print(buffer)
let words = ["ciao"] + ["mondo"]
print(words, type(of: words))
var bigrams: [String: Int] = [:]
for name in ["anna", "emma", "ada"] {
    let marked = ["."] + Array(name) + ["."]
    for (a, b) in zip(marked, marked.dropFirst()) { bigrams["\(a)\(b)", default: 0] += 1 }
}
print(bigrams.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { "\($0.key)=\($0.value)" })
