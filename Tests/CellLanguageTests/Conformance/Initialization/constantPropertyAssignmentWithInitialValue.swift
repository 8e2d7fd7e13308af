struct S {
   let c: Int = 0
   init() {
      self.c = 1
   }
}
!$ error: immutable value 'self.c' may only be initialized once
!$ note: initial value already provided in 'let' declaration
!$ note: change 'let' to 'var' to make it mutable
print("@@listing-end 1@@")
