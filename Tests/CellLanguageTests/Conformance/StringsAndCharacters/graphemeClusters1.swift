let eAcute: Character = "\u{E9}"                         // é
assert(eAcute == "é")
let combinedEAcute: Character = "\u{65}\u{301}"          // e followed by ́
assert(combinedEAcute == "é")
print("eAcute is \(eAcute), combinedEAcute is \(combinedEAcute)")
assert(eAcute == combinedEAcute)
print("@@listing-end 1@@")
