class C {
   init() {}
}
class D1: C {
   // this is correct
   override init() {}
}
class D2: C {
   // this isn't correct
   init() {}
}
print("@@listing-end 1@@")
