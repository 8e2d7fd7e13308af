// `String.init` named as a function: an unlabelled initializer for numbers, Booleans and substrings, and
// `String(describing:)` for collections, which no unlabelled initializer of String takes.
print([[1]].map(String.init))
print([1, 2].map(String.init))
print([true].map(String.init))
print([[1.5]].map(String.init))
print([["a": 1]].map(String.init))
let words = "a b".split(separator: " ").map(String.init)
print(words)
