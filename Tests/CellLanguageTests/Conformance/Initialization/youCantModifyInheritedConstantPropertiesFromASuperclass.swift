class C {
   let constantProperty: Int
   var variableProperty: Int
   init() {
      // this is fine - a class can set its own constant and variable properties during init
      constantProperty = 0
      variableProperty = 0
   }
}
class D1: C {
   override init() {
      // this is fine - a subclass can set its superclass's variable properties during init
      super.init()
      variableProperty = 0
   }
}
class D2: C {
   override init() {
      // this is wrong - a subclass can't set its superclass's constant properties during init
      super.init()
      constantProperty = 0
   }
}
print("@@listing-end 1@@")
