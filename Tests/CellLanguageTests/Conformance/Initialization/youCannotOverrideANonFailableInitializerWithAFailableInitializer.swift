class C {
   init() {}
}
class D: C {
   override init?() {}
}
!$ error: failable initializer 'init()' cannot override a non-failable initializer
!$ note: non-failable initializer 'init()' overridden here
print("@@listing-end 1@@")
