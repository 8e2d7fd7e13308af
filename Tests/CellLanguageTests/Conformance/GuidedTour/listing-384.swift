// GuidedTour.md line 384 (a listing without a book test), after the tour's listing that computes teamScore.
let individualScores = [75, 43, 103, 87, 12]
var teamScore = 0
for score in individualScores {
    if score > 50 {
        teamScore += 3
    } else {
        teamScore += 1
    }
}
print(teamScore)
print("@@listing-end 1@@")
let scoreDecoration = if teamScore > 10 {
    "🎉"
} else {
    ""
}
print("Score:", teamScore, scoreDecoration)
print("@@listing-end 2@@")
