// An init? or init! requirement is met by init?, init! or a plain init; a plain init requirement by init or init!.
protocol Parsable {
    init?(text: String)
}
struct Digit: Parsable {
    var value: Int
    init?(text: String) {
        guard text.count == 1, let value = Int(text) else { return nil }
        self.value = value
    }
}
struct Word: Parsable {
    var text: String
    init(text: String) { self.text = text }
}
final class Token: Parsable {
    var text: String
    init!(text: String) {
        if text.isEmpty { return nil }
        self.text = text
    }
}
protocol Named {
    init(name: String)
}
class Tag: Named {
    var name: String
    required init!(name: String) {
        self.name = name
    }
}
print(Digit(text: "7")?.value ?? -1, Digit(text: "42")?.value ?? -1)
print(Word(text: "hello").text)
if let token = Token(text: "x") { print(token.text) }
print(Token(text: "") == nil)
if let tag = Tag(name: "t") { print(tag.name) }
