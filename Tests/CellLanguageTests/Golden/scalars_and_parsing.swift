// Building characters from code points, parsing Booleans, and reflecting values as debugPrint shows them.
let alphabet = (0..<26).map { Character(UnicodeScalar(97 + $0)!) }
print(String(alphabet), alphabet.count)
let letters = (65...70).compactMap { UnicodeScalar($0) }.map { String($0) }.joined()
print(letters)
let byte: UInt8 = 122
print(UnicodeScalar(byte), Character(UnicodeScalar(byte)), String(UnicodeScalar(66)))
let far: UInt32 = 0x1F600
print(UnicodeScalar(far) != nil, UnicodeScalar(0xD800) == nil, UnicodeScalar(1_114_112) == nil)
let code = 955
if let lambda = UnicodeScalar(code) { print(lambda, lambda.value, "λ".unicodeScalars.first! == lambda) }
let shifted = "hal".unicodeScalars.map { Character(UnicodeScalar($0.value + 1)!) }
print(String(shifted))
for text in ["true", "false", "TRUE", "yes", ""] { print(text.isEmpty ? "(empty)" : text, Bool(text) as Any) }
let flags = "true,false,true".split(separator: ",").compactMap { Bool(String($0)) }
print(flags, flags.filter { $0 }.count, Bool(flags[1]))
print(String(reflecting: "quoted"), String(reflecting: 42), String(reflecting: [1.5]), String(reflecting: Optional("x")))
print(String(reflecting: Character("c")), String(describing: Character("c")), String(reflecting: ["k": [1]]))
let scalarRun = (65...70).compactMap(UnicodeScalar.init)
print(scalarRun.map(String.init).joined(), scalarRun.map(Character.init))
let greeting: [UInt8] = [104, 105]
print(greeting.map(UnicodeScalar.init).map(String.init).joined(), "hi".unicodeScalars.map(String.init))
