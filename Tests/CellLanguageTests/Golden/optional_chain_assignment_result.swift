// An assignment through an optional chain has type Void?: nil when a link was nil and nothing was stored.
class Address {
    var street = "Acacia Road"
}
class Residence {
    var address: Address?
    var rooms = 1
}
class Person {
    var residence: Residence?
}
var calls = 0
func makeAddress(_ street: String) -> Address {
    calls += 1
    let address = Address()
    address.street = street
    return address
}
let john = Person()
if (john.residence?.address = makeAddress("Elm Street")) != nil {
    print("It was possible to set the address.")
} else {
    print("It was not possible to set the address.")
}
print("calls after a nil link:", calls)
john.residence = Residence()
if (john.residence?.address = makeAddress("Elm Street")) != nil {
    print("It was possible to set the address.")
} else {
    print("It was not possible to set the address.")
}
print("calls:", calls, john.residence?.address?.street ?? "none")
// Compound assignments, `==`, and nil on the left.
if (john.residence?.rooms += 2) == nil { print("not changed") } else { print("rooms:", john.residence!.rooms) }
if nil != (john.residence?.address?.street = "Main Street") { print("street:", john.residence!.address!.street) }
let nobody = Person()
print((nobody.residence?.rooms = 3) == nil, (nobody.residence?.address?.street = "x") != nil)
