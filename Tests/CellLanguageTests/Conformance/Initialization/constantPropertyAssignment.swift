struct S {
   let c: Int
   init() {
      self.c = 1
      self.c = 2
   }
}
print("@@listing-end 1@@")
