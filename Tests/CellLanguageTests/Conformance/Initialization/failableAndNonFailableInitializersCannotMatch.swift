struct S {
   let s: String
   init(s: String) { self.s = s }
   init?(s: String) { self.s = s }
}
!$ error: invalid redeclaration of 'init(s:)'
!$ note: 'init(s:)' previously declared here
print("@@listing-end 1@@")
