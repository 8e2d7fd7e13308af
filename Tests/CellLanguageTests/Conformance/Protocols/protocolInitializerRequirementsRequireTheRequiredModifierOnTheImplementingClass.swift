protocol P {
   init(s: String)
}
class C1: P {
   required init(s: String) {}
}
class C2: P {
   init(s: String) {}
}
print("@@listing-end 1@@")
