var airports = ["YYZ": "Toronto Pearson", "DUB": "Dublin"]
print("@@listing-end 1@@")
print("The airports dictionary contains \(airports.count) items.")
print("@@listing-end 2@@")
if airports.isEmpty {
   print("The airports dictionary is empty.")
} else {
   print("The airports dictionary isn't empty.")
}
print("@@listing-end 3@@")
airports["LHR"] = "London"
print("the airports dictionary now contains \(airports.count) items")
print("@@listing-end 4@@")
airports["LHR"] = "London Heathrow"
print("the value for \"LHR\" has been changed to \"\(airports["LHR"]!)\"")
print("@@listing-end 5@@")
if let oldValue = airports.updateValue("Dublin Airport", forKey: "DUB") {
   print("The old value for DUB was \(oldValue).")
}
print("@@listing-end 6@@")
if let airportName = airports["DUB"] {
   print("The name of the airport is \(airportName).")
} else {
   print("That airport isn't in the airports dictionary.")
}
print("@@listing-end 7@@")
airports["APL"] = "Apple International"
// "Apple International" isn't the real airport for APL, so delete it
airports["APL"] = nil
// APL has now been removed from the dictionary
if let deletedName = airports["APL"] {
   print("The key-value pair for APL has *not* been deleted, but it should have been!")
   print("It still has a value of \(deletedName)")
} else {
   print("APL has now been removed from the dictionary")
}
print("@@listing-end 8@@")
if let removedValue = airports.removeValue(forKey: "DUB") {
   print("The removed airport's name is \(removedValue).")
} else {
   print("The airports dictionary doesn't contain a value for DUB.")
}
print("@@listing-end 9@@")
for (airportCode, airportName) in airports {
   print("\(airportCode): \(airportName)")
}
print("@@listing-end 10@@")
for airportCode in airports.keys {
   print("Airport code: \(airportCode)")
}

for airportName in airports.values {
   print("Airport name: \(airportName)")
}
print("@@listing-end 11@@")
let airportCodes = [String](airports.keys)
print("airportCodes is [\"\(airportCodes[0])\", \"\(airportCodes[1])\"]")

let airportNames = [String](airports.values)
print("airportNames is [\"\(airportNames[0])\", \"\(airportNames[1])\"]")
print("@@listing-end 12@@")
