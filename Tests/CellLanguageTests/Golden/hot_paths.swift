// Shapes the interpreter runs on fast paths: in-place element reads, appends, typed sorts,
// string interpolation, struct fields, and several stored properties in one declaration.
struct Particle {
    var x, y: Double
    var vx, vy: Double
    let id: Int
}

var grid: [[Double]] = [[1, 2, 3], [4, 5, 6]]
var total = 0.0
for i in 0..<grid.count {
    for j in 0..<grid[i].count {
        total += grid[i][j] * Double(i + 1)
    }
}
grid[1][2] += 0.5
grid[0] = [7, 8]
print(total, grid, grid[1][2], grid[0][1])

func sumRows(_ m: [[Int]]) -> [Int] {
    var sums: [Int] = []
    for r in 0..<m.count {
        var s = 0
        for c in 0..<m[r].count { s += m[r][c] }
        sums.append(s)
    }
    return sums
}
print(sumRows([[1, 2], [3, 4, 5], []]))

var ints = [5, -3, 9, 0, 9, -3, 12]
print(ints.sorted(), ints)
ints.sort()
print(ints, ints.count)
var doubles = [2.5, -0.0, 0.0, -1.5, 1e300, -1e-300]
print(doubles.sorted())
doubles.sort()
print(doubles)
var words = ["pera", "Mela", "banana", "àncora", "zebra", "Zebra", ""]
print(words.sorted())
words.sort()
print(words)

var text = ""
var parts: [String] = []
for i in 0..<5 {
    text += "\(i):\(i % 3);"
    parts.append("item\(i * 3)-\(Double(i) / 2)-\(i % 2 == 0)")
}
print(text, parts.joined(separator: ","), "plain", "\(text.count) chars")
let empty = ""
print("[\(empty)]", "\(parts)")

var particles: [Particle] = []
for i in 0..<3 {
    particles.append(Particle(x: Double(i), y: 0.5, vx: 0.25, vy: -0.125, id: i))
}
for _ in 0..<4 {
    for i in 0..<particles.count {
        var p = particles[i]
        p.x += p.vx
        p.y += p.vy
        if p.y < 0.1 { p.vy = -p.vy }
        particles[i] = p
    }
}
var copy = particles[0]
copy.x = 100
print(particles[0].x, copy.x, particles[2], particles.count)

func localDeclarations() -> Double {
    var a, b: Double
    a = 1.5
    b = 2
    let c = 3, d: Double = 4
    return a * b + Double(c) + d
}
print(localDeclarations())
