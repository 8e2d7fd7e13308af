struct S {
   let s: String
   init(s: String) { self.s = s }
   init?(s: String) { self.s = s }
}
print("@@listing-end 1@@")
