struct Vector2D {
   var x = 0.0, y = 0.0
}

extension Vector2D {
    static func + (left: Vector2D, right: Vector2D) -> Vector2D {
       return Vector2D(x: left.x + right.x, y: left.y + right.y)
    }
}
print("@@listing-end 1@@")
let vector = Vector2D(x: 3.0, y: 1.0)
let anotherVector = Vector2D(x: 2.0, y: 4.0)
let combinedVector = vector + anotherVector
print("combinedVector is a Vector2D instance with values of (\(combinedVector.x), \(combinedVector.y))")
print("@@listing-end 2@@")
extension Vector2D {
    static prefix func - (vector: Vector2D) -> Vector2D {
        return Vector2D(x: -vector.x, y: -vector.y)
    }
}
print("@@listing-end 3@@")
let positive = Vector2D(x: 3.0, y: 4.0)
let negative = -positive
print("negative is a Vector2D instance with values of (\(negative.x), \(negative.y))")
let alsoPositive = -negative
print("alsoPositive is a Vector2D instance with values of (\(alsoPositive.x), \(alsoPositive.y))")
print("@@listing-end 4@@")
extension Vector2D {
    static func += (left: inout Vector2D, right: Vector2D) {
        left = left + right
    }
}
print("@@listing-end 5@@")
var original = Vector2D(x: 1.0, y: 2.0)
let vectorToAdd = Vector2D(x: 3.0, y: 4.0)
original += vectorToAdd
print("original now has values of (\(original.x), \(original.y))")
print("@@listing-end 6@@")
extension Vector2D: Equatable {
    static func == (left: Vector2D, right: Vector2D) -> Bool {
       return (left.x == right.x) && (left.y == right.y)
    }
}
print("@@listing-end 7@@")
let twoThree = Vector2D(x: 2.0, y: 3.0)
let anotherTwoThree = Vector2D(x: 2.0, y: 3.0)
if twoThree == anotherTwoThree {
   print("These two vectors are equivalent.")
}
print("@@listing-end 8@@")
prefix operator +++
print("@@listing-end 9@@")
extension Vector2D {
   static prefix func +++ (vector: inout Vector2D) -> Vector2D {
      vector += vector
      return vector
   }
}

var toBeDoubled = Vector2D(x: 1.0, y: 4.0)
let afterDoubling = +++toBeDoubled
print("toBeDoubled now has values of (\(toBeDoubled.x), \(toBeDoubled.y))")
print("afterDoubling also has values of (\(afterDoubling.x), \(afterDoubling.y))")
print("@@listing-end 10@@")
infix operator +-: AdditionPrecedence
extension Vector2D {
   static func +- (left: Vector2D, right: Vector2D) -> Vector2D {
      return Vector2D(x: left.x + right.x, y: left.y - right.y)
   }
}
let firstVector = Vector2D(x: 1.0, y: 2.0)
let secondVector = Vector2D(x: 3.0, y: 4.0)
let plusMinusVector = firstVector +- secondVector
print("plusMinusVector is a Vector2D instance with values of (\(plusMinusVector.x), \(plusMinusVector.y))")
print("@@listing-end 11@@")
