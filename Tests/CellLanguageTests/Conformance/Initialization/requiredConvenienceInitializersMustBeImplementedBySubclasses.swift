class C {
   init() {}
   required convenience init(i: Int) {
      self.init()
   }
}
class D: C {
   init(s: String) {}
}
print("@@listing-end 1@@")
