_ =
("blue", -1) < ("purple", 1)        // OK: Evaluates to true.
_ =
("blue", false) < ("purple", true)  // Error: Can't use < to compare Boolean values.
print("@@listing-end 1@@")
