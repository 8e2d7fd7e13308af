let names = ["Anna", "Alex", "Brian", "Jack"]
for name in names {
   print("Hello, \(name)!")
}
print("@@listing-end 1@@")
let numberOfLegs = ["spider": 8, "ant": 6, "cat": 4]
for (animalName, legCount) in numberOfLegs {
   print("\(animalName)s have \(legCount) legs")
}
print("@@listing-end 2@@")
for index in 1...5 {
   print("\(index) times 5 is \(index * 5)")
}
print("@@listing-end 3@@")
let base = 3
let power = 10
var answer = 1
for _ in 1...power {
   answer *= base
}
print("\(base) to the power of \(power) is \(answer)")
print("@@listing-end 4@@")
let minutes = 60
var result: [Int] = []
for tickMark in 0..<minutes {
   // render the tick mark each minute (60 times)
   result.append(tickMark)
}
print(result.first!, result.last!, result.count)
print("@@listing-end 5@@")
let minuteInterval = 5
result = []
for tickMark in stride(from: 0, to: minutes, by: minuteInterval) {
   // render the tick mark every 5 minutes (0, 5, 10, 15 ... 45, 50, 55)
     result.append(tickMark)
}
print(result.first!, result.last!, result.count)
print("@@listing-end 6@@")
let hours = 12
let hourInterval = 3
for tickMark in stride(from: 3, through: hours, by: hourInterval) {
   // render the tick mark every 3 hours (3, 6, 9, 12)
   print(tickMark)
}
print("@@listing-end 7@@")
