// A Range<Int>'s indices are its values: firstIndex and lastIndex give values, also after a slice of it.
let r = 5..<10
print(r.firstIndex(of: 7) as Any, r.lastIndex(of: 9) as Any, r.firstIndex(of: 3) as Any)
print(r.firstIndex { $0 % 4 == 0 } as Any, r.lastIndex { $0 < 7 } as Any)
print((0..<100).dropFirst(10).firstIndex(of: 15) as Any)
// The receiver is evaluated before the argument, as Swift does.
var log: [String] = []
func xs() -> [Int] { log.append("receiver"); return [1, 2, 3] }
func v() -> Int { log.append("argument"); return 2 }
print(xs().contains(v()), xs().firstIndex(of: v()) as Any, xs().lastIndex(of: v()) as Any)
print(log)
