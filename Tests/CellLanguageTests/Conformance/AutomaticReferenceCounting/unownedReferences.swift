class Customer {
   let name: String
   var card: CreditCard?
   init(name: String) {
      self.name = name
   }
   deinit { print("\(name) is being deinitialized") }
}

class CreditCard {
   let number: UInt64
   unowned let customer: Customer
   init(number: UInt64, customer: Customer) {
      self.number = number
      self.customer = customer
   }
   deinit { print("Card #\(number) is being deinitialized") }
}
print("@@listing-end 1@@")
var john: Customer?
print("@@listing-end 2@@")
john = Customer(name: "John Appleseed")
john!.card = CreditCard(number: 1234_5678_9012_3456, customer: john!)
print("@@listing-end 3@@")
john = nil
print("@@listing-end 4@@")
