let r = ...5
let u = ..<3
let f = 2...
print(r, u, f, [r])
print(type(of: u), type(of: f))
print(r.contains(5), u.contains(3), f.contains(1), f.contains(2), r.upperBound, f.lowerBound)
print("\(r)")
func grade(_ score: Int) -> String {
    let failing = ..<60
    let honours = 90...
    if failing.contains(score) { return "fail" }
    return honours.contains(score) ? "honours" : "pass"
}
print([45, 60, 89, 90, 100].map(grade))
let limits = [...0, ...10]
print(limits.map { $0.upperBound }, limits.filter { $0.contains(5) }.count)
