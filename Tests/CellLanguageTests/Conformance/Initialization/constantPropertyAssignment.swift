struct S {
   let c: Int
   init() {
      self.c = 1
      self.c = 2
   }
}
!$ error: immutable value 'self.c' may only be initialized once
!$ note: change 'let' to 'var' to make it mutable
print("@@listing-end 1@@")
