// Top-level functions may use globals declared after them in the same file (the same cell), as swiftc allows.
func describeTotal() -> String {
    return "total \(total) of \(items.count) items, scaled \(scaled(total))"
}

func scaled(_ value: Int) -> Int { value * factor }

func bump() {
    total += step
    items.append(total)
}

var total = 0
var items: [Int] = []
let step = 5
let factor = 3

bump()
bump()
print(describeTotal())

// A function declared before a global and called after it is initialised sees its value.
func greeting() -> String { "\(salutation), \(name)!" }
let salutation = "Ciao"
var name = "mondo"
print(greeting())
name = "classe"
print(greeting())
