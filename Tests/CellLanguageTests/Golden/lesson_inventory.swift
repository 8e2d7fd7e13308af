// Lesson: a shared inventory modelled with a class, used across cells.
import Foundation
struct Item: Equatable {
    let name: String
    var quantity: Int
    let price: Double
}

final class Inventory {
    var items: [Item] = []
    var log: [String] = []

    func add(_ name: String, quantity: Int, price: Double) {
        if let i = items.firstIndex(where: { $0.name == name }) {
            items[i].quantity += quantity
        } else {
            items.append(Item(name: name, quantity: quantity, price: price))
        }
        log.append("+\(quantity) \(name)")
    }

    func remove(_ name: String, quantity: Int) -> Bool {
        guard let i = items.firstIndex(where: { $0.name == name }), items[i].quantity >= quantity else {
            log.append("failed -\(quantity) \(name)")
            return false
        }
        items[i].quantity -= quantity
        log.append("-\(quantity) \(name)")
        return true
    }

    var totalValue: Double {
        items.reduce(0) { $0 + Double($1.quantity) * $1.price }
    }
}
let shop = Inventory()
// --- cell ---
shop.add("quaderno", quantity: 10, price: 1.5)
shop.add("penna", quantity: 25, price: 0.8)
shop.add("zaino", quantity: 2, price: 35)
shop.add("penna", quantity: 5, price: 0.8)
print(shop.items.map { "\($0.name): \($0.quantity)" })
print(String(format: "value: %.2f", shop.totalValue))
// --- cell ---
// Another reference to the same inventory sees every change.
let backOffice = shop
print(backOffice.remove("penna", quantity: 12))
print(backOffice.remove("zaino", quantity: 3))
print(backOffice.remove("gomma", quantity: 1))
print(shop.items.first { $0.name == "penna" }!.quantity)
print(shop.log)
// --- cell ---
// Items are values: a copied item does not change the inventory.
var copy = shop.items[0]
copy.quantity = 0
print(copy.quantity, shop.items[0].quantity, copy == shop.items[0])
let lowStock = shop.items.filter { $0.quantity < 5 }.map { $0.name }
print("low stock:", lowStock)
let mostValuable = shop.items.max { Double($0.quantity) * $0.price < Double($1.quantity) * $1.price }!
print(mostValuable)
print(String(format: "value: %.2f", backOffice.totalValue))
