struct S {
   init(nonFailing: Int) { self.init(iuo: nonFailing) }
   init!(iuo: Int) {}
}
print("@@listing-end 1@@")
