// A property wrapper on a local variable: `_x` holds the wrapper, `x` reads and writes its wrappedValue.
@propertyWrapper
struct SmallNumber {
    private var number: Int
    var wrappedValue: Int {
        get { return number }
        set { number = min(newValue, maximum) }
    }
    private var maximum: Int
    init() { number = 0; maximum = 12 }
    init(wrappedValue: Int) { maximum = 12; number = min(wrappedValue, 12) }
    init(wrappedValue: Int, maximum: Int) { self.maximum = maximum; number = min(wrappedValue, maximum) }
}

func someFunction() {
    @SmallNumber var myNumber: Int = 0
    myNumber = 10
    print(myNumber)
    myNumber = 24
    print(myNumber)
}
someFunction()

func variants() {
    @SmallNumber var a: Int = 20
    @SmallNumber var b: Int
    @SmallNumber(maximum: 5) var c: Int = 9
    print(a, b, c)
    a = 7; b = 100; c += 1
    print(a, b, c)
    let bump = { a += 1 }
    for _ in 0..<6 { bump() }
    print(a)
    for i in 0..<3 {
        @SmallNumber(wrappedValue: i * 5, maximum: 8) var d: Int
        d += 1
        print(i, d)
    }
}
variants()

let triple = { (n: Int) -> Int in
    @SmallNumber var t: Int = n * 3
    return t
}
print(triple(2), triple(5))
