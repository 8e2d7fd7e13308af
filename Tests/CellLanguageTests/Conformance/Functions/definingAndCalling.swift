func greet(person: String) -> String {
   let greeting = "Hello, " + person + "!"
   return greeting
}
print("@@listing-end 1@@")
print(greet(person: "Anna"))
print(greet(person: "Brian"))
print("@@listing-end 2@@")
func greetAgain(person: String) -> String {
   return "Hello again, " + person + "!"
}
print(greetAgain(person: "Anna"))
print("@@listing-end 3@@")
func greet(person: String, alreadyGreeted: Bool) -> String {
    if alreadyGreeted {
        return greetAgain(person: person)
    } else {
        return greet(person: person)
    }
}
print(greet(person: "Tim", alreadyGreeted: true))
print("@@listing-end 4@@")
