// A bank account as a struct: mutating methods, computed properties, value semantics.
import Foundation
struct Transaction {
    let label: String
    let amount: Double
}

struct Account {
    let owner: String
    var balance: Double = 0
    var history: [Transaction] = []

    var isOverdrawn: Bool { balance < 0 }
    var summary: String { "\(owner): \(String(format: "%.2f", balance)) EUR (\(history.count) movimenti)" }

    mutating func deposit(_ amount: Double, label: String = "deposito") {
        balance += amount
        history.append(Transaction(label: label, amount: amount))
    }

    mutating func withdraw(_ amount: Double, label: String = "prelievo") -> Bool {
        guard amount <= balance + 100 else { return false }
        balance -= amount
        history.append(Transaction(label: label, amount: -amount))
        return true
    }
}
// --- cell ---
var mine = Account(owner: "Elena")
mine.deposit(250)
mine.deposit(40.5, label: "rimborso")
print(mine.withdraw(120, label: "spesa"))
print(mine.withdraw(500))
print(mine.summary)
print(mine.isOverdrawn)
// --- cell ---
// Copies do not share state.
var shared = mine
shared.deposit(1000, label: "stipendio")
print(mine.summary)
print(shared.summary)
print(mine.history.count, shared.history.count)
// --- cell ---
print(mine.withdraw(250, label: "affitto"))
print(mine.isOverdrawn, mine.balance)
for t in mine.history {
    let sign = t.amount >= 0 ? "+" : "-"
    print(String(format: "%-10@ %@%8.2f", t.label, sign, abs(t.amount)))
}
print(mine.history[0])
let fresh = Account(owner: "Paolo")
print(fresh.balance, fresh.history.isEmpty, fresh.summary)
