protocol P {
   init(s: String)
}
class C: P {
   required init(s: String) {}
}
class D1: C {
   required init(s: String) { super.init(s: s) }
}
class D2: C {
   init(s: String) { super.init(s: s) }
}
print("@@listing-end 1@@")
