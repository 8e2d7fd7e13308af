var someInts: [Int] = []
print("someInts is of type [Int] with \(someInts.count) items.")
print("@@listing-end 1@@")
someInts.append(3)
print("someInts now contains \(someInts.count) value of type Int")
someInts = []
// someInts is now an empty array, but is still of type [Int]
print("@@listing-end 2@@")
var threeDoubles = Array(repeating: 0.0, count: 3)
print("threeDoubles is of type [Double], and equals [\(threeDoubles[0]), \(threeDoubles[1]), \(threeDoubles[2])]")
print("@@listing-end 3@@")
var anotherThreeDoubles = Array(repeating: 2.5, count: 3)
print("anotherThreeDoubles is of type [Double], and equals [\(anotherThreeDoubles[0]), \(anotherThreeDoubles[1]), \(anotherThreeDoubles[2])]")

var sixDoubles = threeDoubles + anotherThreeDoubles
print("sixDoubles is inferred as [Double], and equals \(sixDoubles)")
print("@@listing-end 4@@")
