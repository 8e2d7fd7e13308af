// Optionals inside structs: a contact list with missing fields.
import Foundation
struct Address {
    var city: String
    var zip: String?
}
struct Contact {
    var name: String
    var email: String?
    var address: Address?
    var age: Int?

    var domain: String? {
        guard let email = email else { return nil }
        let parts = email.components(separatedBy: "@")
        return parts.count == 2 ? parts[1] : nil
    }
}

let contacts = [
    Contact(name: "Ada", email: "ada@esempio.it", address: Address(city: "Torino", zip: "10100"), age: 36),
    Contact(name: "Bea", email: nil, address: Address(city: "Bari", zip: nil), age: nil),
    Contact(name: "Ciro", email: "ciro@posta.com", address: nil, age: 51),
    Contact(name: "Dino", email: "senza-chiocciola", address: nil, age: 19),
]

for c in contacts {
    let city = c.address?.city ?? "?"
    let zip = c.address?.zip ?? "-"
    let age = c.age.map { String($0) } ?? "n.d."
    print(c.name, city, zip, age, c.domain ?? "nessun dominio")
}

print(contacts[0].address?.zip?.count as Any)
print(contacts[1].address?.zip?.count as Any)
print(contacts[2].address?.city.uppercased() as Any)

// compactMap over optional fields.
let emails = contacts.compactMap { $0.email }
let ages = contacts.compactMap { $0.age }
print(emails)
print(ages, ages.reduce(0, +) / ages.count)
let cities = contacts.compactMap { $0.address?.city }
print(cities)

// Optional binding chains with conditions.
for c in contacts {
    if let address = c.address, let zip = address.zip, zip.hasPrefix("10") {
        print(c.name, "lives in the province of Turin")
    } else if let age = c.age, age > 50 {
        print(c.name, "is over 50")
    }
}

// Updating optional fields in an array of structs.
var book = contacts
book[1].email = "bea@esempio.it"
book[2].address = Address(city: "Napoli", zip: "80100")
print(book.map { $0.domain ?? "-" })
print(book[2].address!.city, contacts[2].address == nil)

// flatMap on optionals.
let firstAdult = contacts.first { ($0.age ?? 0) >= 18 }
print(firstAdult?.name as Any)
let parsedZip = contacts[0].address?.zip.flatMap { Int($0) }
print(parsedZip as Any)
print(contacts.first { $0.name == "Zoe" }?.name ?? "not found")
