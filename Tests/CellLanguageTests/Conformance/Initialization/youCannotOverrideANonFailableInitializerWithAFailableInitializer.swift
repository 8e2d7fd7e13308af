class C {
   init() {}
}
class D: C {
   override init?() {}
}
print("@@listing-end 1@@")
