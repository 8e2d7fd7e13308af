import Foundation
// Int's bit counts and Foundation's `capitalized`.
for n in [0, 1, 6, 0b1011_0010, -1, Int.max, Int.min, 1 << 40] {
    print(n, n.nonzeroBitCount, n.leadingZeroBitCount, n.trailingZeroBitCount)
}
let hamming = { (a: Int, b: Int) in (a ^ b).nonzeroBitCount }
print(hamming(0b1010, 0b0110), (1...16).filter { $0.nonzeroBitCount == 1 })
for text in ["abc", "hello wORLD", "l'albero di natale", "x-ray 3d model", "", "ÉTÉ à paris"] {
    print("[\(text.capitalized)]")
}
