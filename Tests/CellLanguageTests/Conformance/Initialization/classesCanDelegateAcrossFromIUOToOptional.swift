class C {
   convenience init!(iuo: Int) { self.init(optional: iuo) }
   init?(optional: Int) {}
}
print("@@listing-end 1@@")
