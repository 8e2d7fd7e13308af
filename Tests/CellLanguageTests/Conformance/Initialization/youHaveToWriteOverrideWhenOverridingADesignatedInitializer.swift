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
!$ error: overriding declaration requires an 'override' keyword
!$ note: overridden declaration is here
print("@@listing-end 1@@")
