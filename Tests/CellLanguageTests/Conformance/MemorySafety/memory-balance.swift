func balance(_ x: inout Int, _ y: inout Int) {
    let sum = x + y
    x = sum / 2
    y = sum - x
}
var playerOneScore = 42
var playerTwoScore = 30
balance(&playerOneScore, &playerTwoScore)  // OK
balance(&playerOneScore, &playerOneScore)
// Error: Conflicting accesses to playerOneScore.
!$ error: inout arguments are not allowed to alias each other
!$ note: previous aliasing argument
!$ error: overlapping accesses to 'playerOneScore', but modification requires exclusive access; consider copying to a local variable
!$ note: conflicting access is here
print("@@listing-end 1@@")
