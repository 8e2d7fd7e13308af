// Classes: reference semantics, initializers, methods changing state, identity.
final class Counter {
    var count = 0
    let name: String
    init(name: String) { self.name = name }
    func increment(by step: Int = 1) { count += step }
    func reset() { count = 0 }
}
let c = Counter(name: "clicks")
let alias = c
c.increment()
alias.increment(by: 5)
print(c.count, alias.count, c.name)
print(c === alias, c === Counter(name: "other"))
class Account {
    var balance: Double
    var history: [Double] = []
    init(balance: Double) { self.balance = balance }
    func deposit(_ amount: Double) {
        balance += amount
        history.append(amount)
    }
    var summary: String { "balance \(balance) after \(history.count) deposits" }
}
let account = Account(balance: 10)
for amount in [5.0, 2.5] { account.deposit(amount) }
print(account.summary, account.history)
func drain(_ a: Account) { a.balance = 0 }
drain(account)
print(account.balance)
final class Node {
    var value: Int
    var children: [Node] = []
    init(_ value: Int) { self.value = value }
    func total() -> Int { children.reduce(value) { $0 + $1.total() } }
}
let root = Node(1)
root.children.append(Node(2))
root.children.append(Node(3))
root.children[0].children.append(Node(4))
print(root.total())
let accounts = [Account(balance: 1), Account(balance: 2)]
for a in accounts { a.deposit(1) }
print(accounts.map { $0.balance })
