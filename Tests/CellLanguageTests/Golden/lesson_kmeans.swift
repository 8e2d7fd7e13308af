// Lesson: k-means clustering in one dimension with deterministic initial centroids.
import Foundation
let heights: [Double] = [150, 152, 155, 158, 160, 171, 173, 175, 178, 190, 192, 195]
var centroids: [Double] = [150, 170, 195]

func nearest(_ x: Double, _ centers: [Double]) -> Int {
    var best = 0
    for i in centers.indices where abs(x - centers[i]) < abs(x - centers[best]) {
        best = i
    }
    return best
}

var assignments = [Int](repeating: -1, count: heights.count)
var iteration = 0
while true {
    iteration += 1
    let newAssignments = heights.map { nearest($0, centroids) }
    if newAssignments == assignments { break }
    assignments = newAssignments
    for c in centroids.indices {
        let members = heights.indices.filter { assignments[$0] == c }.map { heights[$0] }
        if !members.isEmpty {
            centroids[c] = members.reduce(0, +) / Double(members.count)
        }
    }
    print("iteration \(iteration):", centroids.map { String(format: "%.2f", $0) }.joined(separator: ", "))
}
print("converged after", iteration, "iterations")
print(assignments)

for c in centroids.indices {
    let members = heights.indices.filter { assignments[$0] == c }.map { heights[$0] }
    let spread = members.map { ($0 - centroids[c]) * ($0 - centroids[c]) }.reduce(0, +)
    print("cluster \(c): \(members.map { Int($0) }) inertia \(String(format: "%.2f", spread))")
}

let inertia = heights.indices.map { i -> Double in
    let d = heights[i] - centroids[assignments[i]]
    return d * d
}.reduce(0, +)
print(String(format: "total inertia %.3f", inertia))

// Classifying new values.
for h in [149.0, 165.0, 166.0, 185.0, 200.0] {
    print(h, "->", nearest(h, centroids))
}
