let xs = [3, 1, 4]
var it = xs.makeIterator()
while let x = it.next() { print(x) }
print(it.next() as Any)
var chars = "héllo".makeIterator()
var letters: [Character] = []
while let c = chars.next() { letters.append(c) }
print(letters)
var r = (1...3).makeIterator()
print(r.next()!, r.next()!)
var copy = r
print(r.next()!, copy.next()!, r.next() as Any)
var d = ["one": 1].makeIterator()
if let (k, v) = d.next() { print(k, v) }
var half = (0..<4).makeIterator()
for x in half { print("h", x) }
print(half.next()!)
var s = Set([7]).makeIterator()
print(s.next()!, s.next() == nil)
var u = sequence(first: 1) { $0 + 1 }.makeIterator()
print(u.next()!, u.next()!)
print(type(of: it), type(of: chars), type(of: r))
