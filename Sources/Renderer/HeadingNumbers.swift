/// Recognises headings that carry their own numbers ("1. Dal neurone…", "2.3 La memoria"), so the table of
/// contents does not number them a second time.
enum HeadingNumbers {
    /// Whether `text` starts with a section number: digits with at least one dot (`1.`, `2.3`, `4.1.2`), then a
    /// space. A bare number ("2026 …") is not taken for one.
    static func isNumbered(_ text: String) -> Bool {
        var sawDigit = false, sawDot = false
        for character in text {
            if character.isASCII && character.isNumber {
                sawDigit = true
            } else if character == "." && sawDigit {
                sawDot = true
            } else {
                return sawDigit && sawDot && character == " "
            }
        }
        return false
    }

    /// The opening tag of a contents list: unmarked when the headings are numbered in their text.
    static func listTag(for texts: [String]) -> String {
        texts.contains(where: isNumbered) ? "<ol class=\"numbered-headings\">" : "<ol>"
    }
}
