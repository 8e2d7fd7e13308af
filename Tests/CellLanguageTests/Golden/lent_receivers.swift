// Member calls that lend a variable's slot to `self`, and places that reach a struct variable's property directly:
// each case below would print something else if the callee saw the variable itself instead of a copy.

struct Stack<Element> {
    var items: [Element] = []
    mutating func push(_ item: Element) {
        items.append(item)
    }
    mutating func pop() -> Element? {
        return items.popLast()
    }
    var isEmpty: Bool { return items.isEmpty }
    var top: Element? { return items.last }
}

struct Hooked {
    var items: [Int] = []
    var hook: () -> Void = {}
    var isEmpty: Bool {
        hook()
        return items.isEmpty
    }
    var count: Int {
        hook()
        return items.count
    }
    var copy: Hooked { return self }
}

enum Light {
    case red, green
    var next: Light { return self == .red ? .green : .red }
    var name: String { return self == .red ? "red" : "green" }
}

// A getter whose body calls a closure that mutates the variable it was called on.
func closureMutatesReceiver() {
    var box = Hooked()
    box.hook = { box.items.append(box.items.count) }
    print("isEmpty:", box.isEmpty, "after:", box.items)
    print("count:", box.count, "after:", box.items)
    let escaped = box.copy
    box.items.append(99)
    print("escaped:", escaped.items, "now:", box.items)
}

// The same through a nested function.
func nestedFunctionMutatesReceiver() {
    var box = Hooked()
    func grow() { box.items.append(7) }
    box.hook = grow
    print("nested isEmpty:", box.isEmpty, "after:", box.items)
}

// A getter on a global, called from a function, where the getter mutates that global.
var shared = Hooked()
func bumpShared() { shared.items.append(1) }
func readShared() {
    shared.hook = bumpShared
    print("global isEmpty:", shared.isEmpty, "after:", shared.items.count)
    print("global count:", shared.count, "after:", shared.items.count)
}

// A struct copied before a mutating call, and a getter that returns `self`.
func copiesKeepTheirValues() {
    var stack = Stack<Int>()
    stack.push(1)
    let before = stack
    stack.push(2)
    let escaped = stack
    _ = stack.pop()
    stack.push(3)
    print("before:", before.items, "escaped:", escaped.items, "now:", stack.items)
    print("top:", stack.top ?? -1, before.top ?? -1, "isEmpty:", stack.isEmpty, before.isEmpty)
    var drained = 0
    while !stack.isEmpty {
        _ = stack.pop()
        drained += 1
    }
    print("drained:", drained, "escaped still:", escaped.items, "isEmpty:", stack.isEmpty)
}

// Getters on an enum variable and on a loop's variables.
func enumGetters() {
    var light = Light.red
    for _ in 0..<3 {
        print(light.name, "then", light.next.name)
        light = light.next
    }
}

// A tuple variable's array element, changed in place, and a struct inside a struct.
struct Outer {
    var inner = Stack<Int>()
    var tag = "outer"
}

func tupleAndNestedPlaces() {
    var pair: ([Int], String) = ([1], "x")
    pair.0.append(2)
    let last = pair.0.popLast()
    print("pair:", pair.0, pair.1, last ?? -1)
    var outer = Outer()
    outer.inner.push(4)
    outer.inner.items.append(5)
    let saved = outer
    print("outer:", outer.inner.pop() ?? -1, outer.inner.items, saved.inner.items, outer.inner.isEmpty)
}

// Mutating methods whose body is one `return` or simple statements, and counts read in place.
struct Names {
    var names: [String] = []
    var log: [Int] = []
    var count: Int { return names.count }
    mutating func add(_ name: String) {
        names.append(name)
        log.append(names.count)
    }
    mutating func take() -> String {
        return names.removeFirst()
    }
    mutating func snapshot() -> Names {
        return self
    }
    mutating func clear() {
        names.removeAll()
    }
}

func directBodies() {
    var list = Names()
    list.add("ada")
    list.add("grace")
    let snap = list.snapshot()
    list.add("alan")
    print("took:", list.take(), "left:", list.names, "snapshot:", snap.names, snap.count)
    print("counts:", list.count, list.names.count, list.log.isEmpty, list.log.count, snap.log)
    list.clear()
    print("cleared:", list.names.isEmpty, list.count, snap.names.isEmpty)
}

var globalNames = Names()

// A global variable's getter at the top level, and the numbers of the benchmark's stack.
var numbers = Stack<Int>()
for i in 0..<5 { numbers.push(i * i) }
var total = 0
while let top = numbers.pop() { total += top }
print("total:", total, "isEmpty:", numbers.isEmpty)

closureMutatesReceiver()
nestedFunctionMutatesReceiver()
readShared()
copiesKeepTheirValues()
enumGetters()
tupleAndNestedPlaces()
directBodies()
globalNames.add("x")
print("global names:", globalNames.count, globalNames.names.count, globalNames.names.isEmpty, globalNames.take(), globalNames.names.isEmpty)
