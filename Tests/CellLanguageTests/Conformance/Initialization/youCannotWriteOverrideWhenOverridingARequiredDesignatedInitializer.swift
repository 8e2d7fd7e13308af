class C {
   required init() {}
}
class D: C {
   override required init() {}
}
!$ warning: 'override' is implied when overriding a required initializer
!$ note: overridden required initializer is here
print("@@listing-end 1@@")
