class C {
   required init(i: Int) {}
}
class D: C {
   init() {}
}
!$ error: 'required' initializer 'init(i:)' must be provided by subclass of 'C'
!$ note: 'required' initializer is declared in superclass here
print("@@listing-end 1@@")
