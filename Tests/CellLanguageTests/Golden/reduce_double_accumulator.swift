// reduce with an integer literal as the initial value where the closure needs a Double accumulator (Swift infers Double).
struct Item { let name: String; let price: Double; let qty: Int }
let cart = [Item(name: "a", price: 2.5, qty: 2), Item(name: "b", price: 1.25, qty: 4)]
let total = cart.reduce(0) { $0 + $1.price * Double($1.qty) }
let count = cart.reduce(0) { $0 + $1.qty }
let weighted = cart.reduce(0, { acc, item in acc + item.price })
let nested = [[1.5, 2.0], [3.0]].reduce(0) { $0 + $1.reduce(0, +) }
let mixed = [1, 2, 3].reduce(0) { $0 + Double($1) * 0.5 }
print(total, count, weighted, nested, mixed)
print(cart.map { $0.price }.reduce(0, +), cart.reduce(1) { $0 * $1.qty })
struct Sample { var v: Double }
let samples = [Sample(v: 1.5), Sample(v: 2)]
print(samples.reduce(0) { $0 + $1.v })
print(samples.reduce(0, { acc, s in acc + s.v }))
let ints = [1, 2]
print(ints.reduce(0) { $0 + Double($1) / 2 })
