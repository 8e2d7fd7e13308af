// sequence(first:next:) and sequence(state:next:): sequences made one element at a time, with or without end.
for x in sequence(first: 1, next: { $0 < 100 ? $0 * 2 : nil }) {
    print(x, terminator: " ")
}
print()

// Without end: cut by prefix(_:), prefix(while:), first(where:), zip or break.
let powers = sequence(first: 1) { $0 * 2 }
print(Array(powers.prefix(10)))
for p in powers.prefix(5) { print(p) }
print(powers.first(where: { $0 > 1000 }) ?? -1)
print(powers.prefix(while: { $0 < 50 }))
print(powers.contains(64), powers.contains { $0 % 7 == 1 && $0 > 100 })
for (name, p) in zip(["a", "b", "c"], powers) { print(name, p) }
print(zip(powers.prefix(6), powers.dropFirst()).map { $1 - $0 })
print(powers.prefix(4).map { $0 + 1 }, powers.prefix(3).reduce(0, +))
print(powers.dropFirst(2).prefix(3).map { $0 })
for (i, x) in powers.prefix(3).enumerated() { print(i, x) }
var total = 0
for x in sequence(first: 1, next: { $0 + 1 }) {
    if x > 5 { break }
    total += x
}
print(total)

// With an end: every Sequence method.
let collatz = sequence(first: 27) { n in n == 1 ? nil : (n % 2 == 0 ? n / 2 : 3 * n + 1) }
print(Array(collatz).count, collatz.max()!, collatz.filter { $0 % 2 == 1 }.count)
print(collatz.map { $0 * 10 }.prefix(3))
print(collatz.allSatisfy { $0 > 0 }, collatz.sorted().prefix(3))
let words = sequence(first: "a") { $0.count < 4 ? $0 + "a" : nil }
print(words.joined(separator: ","))
let halves = sequence(first: 1.0) { $0 / 2 }
print(halves.prefix(4).map { $0 })
for x in sequence(first: 10, next: { $0 > 0 ? $0 - 3 : nil }) where x % 2 == 0 { print(x) }
let countdown = sequence(first: 5) { $0 > 1 ? $0 - 1 : nil }
print(countdown.sorted(), countdown.reversed())

// sequence(state:next:): the closure updates its state in place.
let fib = sequence(state: (0, 1)) { (state: inout (Int, Int)) -> Int? in
    let next = state.0
    state = (state.1, state.0 + state.1)
    return next
}
print(Array(fib.prefix(12)))
let squares = sequence(state: 0) { n -> Int? in
    n += 1
    return n <= 4 ? n * n : nil
}
print(Array(squares), Array(squares))
let letters = sequence(state: Array("swift")) { (rest: inout [Character]) -> Character? in
    rest.isEmpty ? nil : rest.removeFirst()
}
print(String(letters))

// An unfolding sequence is its own iterator; a copy keeps its own position.
var steps = sequence(first: 1) { $0 < 4 ? $0 + 1 : nil }
print(steps.next()!, steps.next()!)
var saved = steps
print(steps.next()!, saved.next()!)
while let v = steps.next() { print("left", v) }
print(steps.next() as Any)
print(type(of: powers))
print(type(of: fib))
print(type(of: powers.prefix(3)), type(of: powers.dropFirst()))

// .lazy: map and filter made as they are read, so they work on a sequence without end.
let doubling = sequence(first: 1) { $0 * 2 }
print(type(of: doubling.lazy))
print(type(of: doubling.lazy.map { $0 + 1 }))
print(type(of: doubling.lazy.filter { $0 > 1 }))
print(type(of: doubling.lazy.map { $0 + 1 }.filter { $0 > 1 }))
print(type(of: doubling.lazy.filter { $0 > 1 }.map { "\($0)" }))
print(type(of: doubling.lazy.map { $0 + 1 }.prefix(3)))
print(type(of: doubling.lazy.prefix(3)))
print(type(of: doubling.prefix(3).lazy))
print(doubling.lazy.map { $0 + 1 }.first(where: { $0 > 10 })!)
print(Array(doubling.lazy.filter { $0 % 3 == 1 }.map { $0 * 10 }.prefix(3)))
for x in doubling.lazy.map({ $0 - 1 }).prefix(3) { print(x) }
for x in doubling.lazy.map({ n -> Int in print("making", n); return n * 3 }).prefix(2) { print("got", x) }
let traced = sequence(first: 1) { n -> Int? in
    print("next after", n)
    return n < 3 ? n + 1 : nil
}
for x in traced { print("visit", x) }

// a... is a sequence without end too.
for i in 1... {
    if i * i > 20 { break }
    print(i)
}
print(Array((1...).prefix(3)))
print((1...).first(where: { $0 * $0 > 50 })!)
print(Array((1...).lazy.filter { $0 % 7 == 0 }.prefix(3)))
print((0...).lazy.map { $0 * $0 }.first(where: { $0 > 30 })!)
print(type(of: (1...).prefix(2)), Array((5...).dropFirst(2).prefix(2)), (1...).contains(0))
