// Optionals: values that may be missing, as in a form with optional fields.
import Foundation
let rawAges = ["23", "diciotto", "41", "", "35"]
let parsedAges = rawAges.map { Int($0) }
print(parsedAges)
let validAges = rawAges.compactMap { Int($0) }
print(validAges)

// if let with several bindings and a condition.
let maybeWidth: Double? = 4.0
let maybeHeight: Double? = 2.5
if let w = maybeWidth, let h = maybeHeight, w > h {
    print("area:", w * h)
}
let missing: Double? = nil
if let m = missing {
    print("found", m)
} else {
    print("no value")
}

// guard let inside a function.
func describeAge(_ text: String) -> String {
    guard let age = Int(text) else {
        return "'\(text)' non e' un numero"
    }
    guard age >= 18 else {
        return "\(age): minorenne"
    }
    return "\(age): maggiorenne"
}
for text in rawAges { print(describeAge(text)) }

// Nil-coalescing and force unwrap.
let nickname: String? = nil
let name: String? = "Giulia"
print(nickname ?? "anonimo", name ?? "anonimo")
print(name!)
let firstAge = validAges.first!
print(firstAge)

// Optional chaining.
print(name?.uppercased() as Any, nickname?.uppercased() as Any)
print(name?.count ?? 0, nickname?.count ?? 0)
let words: [String] = ["alfa", "beta"]
print(words.first?.count as Any, words.last?.uppercased() ?? "-")

// map on optionals.
let doubled = maybeWidth.map { $0 * 2 }
let doubledMissing = missing.map { $0 * 2 }
print(doubled as Any, doubledMissing as Any)

// Optionals compare with == and print inside collections.
print(maybeWidth == 4.0, missing == nil, name != nil)
let optionalList: [Int?] = [1, nil, 3]
print(optionalList)
print(optionalList.compactMap { $0 }.reduce(0, +))

// switch on an optional.
for value in optionalList {
    switch value {
    case .some(let v) where v > 2: print("big", v)
    case .some(let v): print("small", v)
    case .none: print("nothing")
    }
}
