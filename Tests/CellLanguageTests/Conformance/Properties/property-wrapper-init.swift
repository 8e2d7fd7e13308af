@propertyWrapper
struct SmallNumber {
    private var maximum: Int
    private var number: Int

    var wrappedValue: Int {
        get { return number }
        set { number = min(newValue, maximum) }
    }

    init() {
        maximum = 12
        number = 0
    }
    init(wrappedValue: Int) {
        maximum = 12
        number = min(wrappedValue, maximum)
    }
    init(wrappedValue: Int, maximum: Int) {
        self.maximum = maximum
        number = min(wrappedValue, maximum)
    }
}
print("@@listing-end 1@@")
struct ZeroRectangle {
    @SmallNumber var height: Int
    @SmallNumber var width: Int
}

var zeroRectangle = ZeroRectangle()
print(zeroRectangle.height, zeroRectangle.width)
print("@@listing-end 2@@")
struct ZeroRectangle_equiv {
    private var _height = SmallNumber()
    private var _width = SmallNumber()
    var height: Int {
        get { return _height.wrappedValue }
        set { _height.wrappedValue = newValue }
    }
    var width: Int {
        get { return _width.wrappedValue }
        set { _width.wrappedValue = newValue }
    }
}
var zeroRectangle_equiv = ZeroRectangle_equiv()
print(zeroRectangle_equiv.height, zeroRectangle_equiv.width)
print("@@listing-end 3@@")
struct UnitRectangle {
    @SmallNumber var height: Int = 1
    @SmallNumber var width: Int = 1
}

var unitRectangle = UnitRectangle()
print(unitRectangle.height, unitRectangle.width)
print("@@listing-end 4@@")
struct UnitRectangle_equiv {
    private var _height = SmallNumber(wrappedValue: 1)
    private var _width = SmallNumber(wrappedValue: 1)
    var height: Int {
        get { return _height.wrappedValue }
        set { _height.wrappedValue = newValue }
    }
    var width: Int {
        get { return _width.wrappedValue }
        set { _width.wrappedValue = newValue }
    }
}
var unitRectangle_equiv = UnitRectangle_equiv()
print(unitRectangle_equiv.height, unitRectangle_equiv.width)
print("@@listing-end 5@@")
struct NarrowRectangle {
    @SmallNumber(wrappedValue: 2, maximum: 5) var height: Int
    @SmallNumber(wrappedValue: 3, maximum: 4) var width: Int
}

var narrowRectangle = NarrowRectangle()
print(narrowRectangle.height, narrowRectangle.width)

narrowRectangle.height = 100
narrowRectangle.width = 100
print(narrowRectangle.height, narrowRectangle.width)
print("@@listing-end 6@@")
struct NarrowRectangle_equiv {
    private var _height = SmallNumber(wrappedValue: 2, maximum: 5)
    private var _width = SmallNumber(wrappedValue: 3, maximum: 4)
    var height: Int {
        get { return _height.wrappedValue }
        set { _height.wrappedValue = newValue }
    }
    var width: Int {
        get { return _width.wrappedValue }
        set { _width.wrappedValue = newValue }
    }
}
var narrowRectangle_equiv = NarrowRectangle_equiv()
print(narrowRectangle_equiv.height, narrowRectangle_equiv.width)
narrowRectangle_equiv.height = 100
narrowRectangle_equiv.width = 100
print(narrowRectangle_equiv.height, narrowRectangle_equiv.width)
print("@@listing-end 7@@")
func someFunction() {
    @SmallNumber var myNumber: Int = 0

    myNumber = 10
    // now myNumber is 10
    print(myNumber)

    myNumber = 24
    // now myNumber is 12
    print(myNumber)
}
someFunction()
print("@@listing-end 8@@")
