// ControlFlow.md lines 1450, 1471, 1493 and 1515 (listings without a book test).
let somePoint = (12, 100)
if case (let x, 100) = somePoint {
    print("Found a point on the y=100 line, at \(x)")
}
print("@@listing-end 1@@")
let points = [(10, 0), (30, -30), (-20, 0)]

for (x, y) in points {
    if y == 0 {
        print("Found a point on the x-axis at \(x)")
    }
}
print("@@listing-end 2@@")
for case (let x, 0) in points {
    print("Found a point on the x-axis at \(x)")
}
print("@@listing-end 3@@")
for case let (x, y) in points where x == y || x == -y  {
    print("Found (\(x), \(y)) along a line through the origin")
}
print("@@listing-end 4@@")
