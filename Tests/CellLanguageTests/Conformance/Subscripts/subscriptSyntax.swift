class Test1 {
subscript(index: Int) -> Int {
   get {
      // Return an appropriate subscript value here.
      return 1
   }
   set(newValue) {
      // Perform a suitable setting action here.
   }
}
}
print("@@listing-end 1@@")
class Test2 {
subscript(index: Int) -> Int {
   // Return an appropriate subscript value here.
   return 1
}
}
print("@@listing-end 2@@")
