class C {
   init() {}
   required convenience init(i: Int) {
      self.init()
   }
}
class D: C {
   init(s: String) {}
}
!$ error: 'required' initializer 'init(i:)' must be provided by subclass of 'C'
!$ note: 'required' initializer is declared in superclass here
print("@@listing-end 1@@")
