// Lesson: breadth-first and depth-first search on a map of Italian cities.
import Foundation
final class Graph {
    var neighbours: [String: [String]] = [:]
    var distances: [String: Int] = [:]

    func connect(_ a: String, _ b: String, km: Int) {
        neighbours[a, default: []].append(b)
        neighbours[b, default: []].append(a)
        distances[a < b ? "\(a)-\(b)" : "\(b)-\(a)"] = km
    }

    func km(_ a: String, _ b: String) -> Int {
        distances[a < b ? "\(a)-\(b)" : "\(b)-\(a)"] ?? 0
    }
}
let italy = Graph()
italy.connect("Milano", "Torino", km: 140)
italy.connect("Milano", "Bologna", km: 215)
italy.connect("Torino", "Genova", km: 170)
italy.connect("Genova", "Pisa", km: 160)
italy.connect("Bologna", "Firenze", km: 105)
italy.connect("Pisa", "Firenze", km: 90)
italy.connect("Firenze", "Roma", km: 275)
italy.connect("Bologna", "Ancona", km: 210)
// --- cell ---
func bfs(from start: String, to goal: String) -> [String]? {
    var queue = [[start]]
    var visited: Set<String> = [start]
    while !queue.isEmpty {
        let path = queue.removeFirst()
        let last = path.last!
        if last == goal { return path }
        for next in italy.neighbours[last, default: []].sorted() where !visited.contains(next) {
            visited.insert(next)
            queue.append(path + [next])
        }
    }
    return nil
}
let route = bfs(from: "Torino", to: "Roma")!
print(route.joined(separator: " -> "))
print("stops:", route.count - 1)
// --- cell ---
func length(_ path: [String]) -> Int {
    zip(path, path.dropFirst()).map { italy.km($0.0, $0.1) }.reduce(0, +)
}
var allPaths: [[String]] = []
func dfs(_ path: [String], goal: String) {
    let last = path.last!
    if last == goal {
        allPaths.append(path)
        return
    }
    for next in italy.neighbours[last, default: []].sorted() where !path.contains(next) {
        dfs(path + [next], goal: goal)
    }
}
dfs(["Torino"], goal: "Roma")
for path in allPaths.sorted(by: { length($0) < length($1) }) {
    print(length(path), path.joined(separator: "-"))
}
// --- cell ---
print(bfs(from: "Roma", to: "Ancona") ?? [], bfs(from: "Roma", to: "Palermo") as Any)
let degrees = italy.neighbours.keys.sorted().map { "\($0):\(italy.neighbours[$0]!.count)" }
print(degrees.joined(separator: " "))
