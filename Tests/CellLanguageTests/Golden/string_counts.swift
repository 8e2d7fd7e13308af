// `count` of strings: plain ASCII (long and short), tabs and line feeds, carriage returns, accents and emoji.
var long = ""
for i in 0..<1000 { long += "line \(i)\t" }
print(long.count)
let samples = ["", "a", "abcdefgh", "abcdefghi", "perché", "città è bella", "🐱🐶", "👩‍👩‍👧", "e\u{301}",
               "a\r\nb", "\r\n\r\n", "tab\tand\nnewline", "1234567\r\n", "control\u{1}char", "ñandú 🇮🇹 ok"]
for sample in samples {
    print(sample.count)
}
var mixed = long
mixed += "€"
print(mixed.count)
mixed += "\r\n"
print(mixed.count)
