class Person {
   var residence: Residence?
}

class Residence {
   var numberOfRooms = 1
}
print("@@listing-end 1@@")
let john = Person()
print("@@listing-end 2@@")
if let roomCount = john.residence?.numberOfRooms {
   print("John's residence has \(roomCount) room(s).")
} else {
   print("Unable to retrieve the number of rooms.")
}
print("@@listing-end 3@@")
john.residence = Residence()
print("@@listing-end 4@@")
if let roomCount = john.residence?.numberOfRooms {
   print("John's residence has \(roomCount) room(s).")
} else {
   print("Unable to retrieve the number of rooms.")
}
print("@@listing-end 5@@")
