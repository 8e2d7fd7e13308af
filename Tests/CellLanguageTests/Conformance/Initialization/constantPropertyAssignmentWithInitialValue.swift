struct S {
   let c: Int = 0
   init() {
      self.c = 1
   }
}
print("@@listing-end 1@@")
