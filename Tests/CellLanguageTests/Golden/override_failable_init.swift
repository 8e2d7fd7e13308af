// A non-failable initializer overriding a failable one delegates with `super.init(…)!`; a failable override
// delegates with `super.init(…)` and fails with it.
class Account {
    var balance: Int
    init?(balance: Int) {
        if balance < 0 { return nil }
        self.balance = balance
    }
}
class Checked: Account {
    override init(balance: Int) { super.init(balance: max(balance, 0))! }
}
class Bonus: Account {
    override init?(balance: Int) { super.init(balance: balance + 10) }
}
struct Size {
    var w: Int
    init?(w: Int) { if w <= 0 { return nil }; self.w = w }
    init(unit: Bool) { self.init(w: unit ? 1 : 2)! }
}
print(Checked(balance: -5).balance, Checked(balance: 7).balance)
print(Bonus(balance: -20)?.balance as Any, Bonus(balance: -5)?.balance as Any, Size(unit: false).w)
