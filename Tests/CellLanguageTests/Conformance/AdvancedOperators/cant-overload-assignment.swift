struct Vector2D {
   var x = 0.0, y = 0.0
}
extension Vector2D {
    static func = (left: inout Vector2D, right: Vector2D) {
        left = right
    }
}
print("@@listing-end 1@@")
