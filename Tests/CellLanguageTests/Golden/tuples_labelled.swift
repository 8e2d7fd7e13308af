// Tuples: lightweight records for results with several parts.
import Foundation
let point = (3, 4)
print(point.0, point.1)
print(point)

let measurement = (city: "Roma", temperature: 21.5, humidity: 60)
print(measurement.city, measurement.temperature, measurement.humidity)
print(measurement)

var position = (x: 0, y: 0)
position.x += 5
position.y -= 2
print(position)

// Returning several values from a function.
func statistics(_ values: [Double]) -> (min: Double, max: Double, mean: Double) {
    var low = values[0]
    var high = values[0]
    var sum = 0.0
    for v in values {
        low = min(low, v)
        high = max(high, v)
        sum += v
    }
    return (low, high, sum / Double(values.count))
}
let stats = statistics([2.5, 7.0, 4.5, 1.0, 5.0])
print("min \(stats.min), max \(stats.max), mean \(stats.mean)")
print(stats)

// Destructuring.
let (lowest, highest, _) = stats
print(lowest, highest)

// Tuples in arrays and loops.
let scores: [(name: String, score: Int)] = [("Anna", 28), ("Bruno", 24), ("Carla", 30)]
for (name, score) in scores {
    print(name, "->", score)
}
let best = scores.max { $0.score < $1.score }!
print("best:", best.name, best.score)
print(scores.map { $0.name })

// Swapping with tuples.
var first = "uno"
var second = "due"
(first, second) = (second, first)
print(first, second)

// Comparing tuples field by field.
let p1 = (x: 1, y: 2)
let p2 = (x: 1, y: 3)
print(p1.x == p2.x && p1.y == p2.y, p1.x == p2.x, p1.y < p2.y)

// Nested tuples.
let segment = (start: (x: 0, y: 0), end: (x: 3, y: 4))
let dx = segment.end.x - segment.start.x
let dy = segment.end.y - segment.start.y
print(segment)
print("length:", sqrt(Double(dx * dx + dy * dy)))
