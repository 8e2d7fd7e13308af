class Person {
   var residence: Residence?
}

class Residence {
   var numberOfRooms = 1
}
print("@@listing-end 1@@")
let john = Person()
print("@@listing-end 2@@")
let roomCount = john.residence!.numberOfRooms
// this triggers a runtime error
print("@@listing-end 3@@")
