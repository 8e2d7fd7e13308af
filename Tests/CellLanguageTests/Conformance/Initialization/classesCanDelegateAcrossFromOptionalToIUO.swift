class C {
   convenience init?(optional: Int) { self.init(iuo: optional) }
   init!(iuo: Int) {}
}
print("@@listing-end 1@@")
