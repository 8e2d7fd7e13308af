// Working with single characters: classifying the letters of an Italian sentence.
import Foundation
let sentence = "Il gatto dorme sul divano alle 3 del pomeriggio!"
let vowels: Set<Character> = ["a", "e", "i", "o", "u"]

var letterCount = 0
var vowelCount = 0
var digitCount = 0
var spaceCount = 0
var otherCount = 0
for ch in sentence {
    if ch.isLetter {
        letterCount += 1
        if vowels.contains(Character(ch.lowercased())) { vowelCount += 1 }
    } else if ch.isNumber {
        digitCount += 1
    } else if ch.isWhitespace {
        spaceCount += 1
    } else {
        otherCount += 1
    }
}
print("letters:", letterCount, "vowels:", vowelCount, "digits:", digitCount)
print("spaces:", spaceCount, "other:", otherCount)

// Uppercase initials of every word.
let words = sentence.split(separator: " ")
var initials = ""
for word in words {
    if let first = word.first, first.isLetter {
        initials += first.uppercased()
    }
}
print("initials:", initials)

// Characters are comparable and can be collected in arrays.
let letters = Array("dorme")
print(letters)
print(letters.sorted())
print(String(letters.reversed()))
print(letters.first!, letters.last!)

// The numeric value of a digit character.
let code = "a1b2c3"
var total = 0
for ch in code {
    if let digit = ch.wholeNumberValue { total += digit }
}
print("sum of digits in \(code):", total)

// Case checks.
let mixed = "CiAo MoNdO"
let upper = mixed.filter { $0.isUppercase }
let lower = mixed.filter { $0.isLowercase }
print(upper, lower)
let swapped = mixed.map { $0.isUppercase ? $0.lowercased() : $0.uppercased() }.joined()
print(swapped)
let c: Character = "z"
print(c, c == "z", c < "a")
