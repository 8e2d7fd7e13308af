// Int(_:radix:): a String's or Substring's value in a radix from 2 to 36, nil when it is no number in it.
let s = "a-11"
print(Int("-ff", radix: 16)!, Int("+Z", radix: 36)!, Int("12", radix: 2) as Any, Int(s.dropFirst(2), radix: 2)!)
print(Int("", radix: 10) as Any, Int("7fffffffffffffff", radix: 16)!, Int("8000000000000000", radix: 16) as Any)
for radix in [2, 8, 10, 16, 36] {
    let text = String(255, radix: radix)
    print(radix, text, Int(text, radix: radix)!)
}
