_ =
("blue", -1) < ("purple", 1)        // OK: Evaluates to true.
_ =
("blue", false) < ("purple", true)  // Error: Can't use < to compare Boolean values.
!$ error: type '(String, Bool)' cannot conform to 'Comparable'
!$ note: only concrete types such as structs, enums and classes can conform to protocols
!$ note: required by referencing operator function '<' on 'Comparable' where 'Self' = '(String, Bool)'
print("@@listing-end 1@@")
