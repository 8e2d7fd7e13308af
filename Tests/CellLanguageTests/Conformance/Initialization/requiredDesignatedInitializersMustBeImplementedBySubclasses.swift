class C {
   required init(i: Int) {}
}
class D: C {
   init() {}
}
print("@@listing-end 1@@")
