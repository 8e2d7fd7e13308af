// Closures that nothing types from outside: swiftc infers their parameters from the literals and variables the
// body combines them with.
let half = { $0 / 2 }
let isSmall = { $0 < 0.5 }
let greet = { "ciao, " + $0 + "!" }
let orNone = { $0 ?? "none" }
let clamp = { max(0, min($0, 10)) }
let scale = 2.5
let scaled = { x in x * scale }
let between = { (low: Int, x) in x >= low && x <= low + 10 }
let twice = { x in
    let y = x * 2
    return y + 1
}
let sign = { $0 > 0 ? "+" : $0 < 0 ? "-" : "0" }
let window = { $0 ..< $0 + 3 }
let both = { $0 && !$1 }
print(half(7), isSmall(0.25), greet("Ada"), orNone(nil), orNone("x"))
print(clamp(-4), clamp(4), clamp(40), scaled(2), between(5, 12), between(5, 16), twice(20))
print([-3, 0, 8].map(sign), Array(window(4)), both(true, false))
print(type(of: half), type(of: isSmall), type(of: orNone), type(of: scaled), type(of: between))
print([1, 2, 3, 4].filter { $0 % 2 == 0 }.map(half), [0.1, 0.9].filter(isSmall))
var counter = 0
let bump = { counter += $0 }
bump(3)
bump(4)
print(counter)
