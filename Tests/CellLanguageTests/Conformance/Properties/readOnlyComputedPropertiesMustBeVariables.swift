class C {
   let x: Int { return 42 }
   let y: Int { get { return 42 } set {} }
}
print("@@listing-end 1@@")
