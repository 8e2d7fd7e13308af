// Int(exactly:) from a Double, an Int and fixed-width integers: nil when there is no exact Int (the book's
// failable initializers listing, Initialization chapter).
let wholeNumber: Double = 12345.0
let pi = 3.14159
if let valueMaintained = Int(exactly: wholeNumber) {
    print("\(wholeNumber) conversion to Int maintains value of \(valueMaintained)")
}
let valueChanged = Int(exactly: pi)
if valueChanged == nil {
    print("\(pi) conversion to Int doesn't maintain value")
}
print(Int(exactly: 3.0) as Any)
print(Int(exactly: 3.5) as Any)
print(Int(exactly: UInt64.max) as Any)
print(Int(exactly: UInt64(12)) as Any)
print(Int(exactly: Int8(-5)) as Any)
print(Int(exactly: 7) as Any)
print(Int(exactly: Double.nan) as Any)
print(Int(exactly: -Double.infinity) as Any)
let big = 1e19
print(Int(exactly: big) as Any)
let values = [1.0, 2.5, -4.0].map { Int(exactly: $0) }
print(values)
