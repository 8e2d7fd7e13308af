// Printing nested and typed collections exactly like Swift.
let a: [[String]] = [["a", "b"], [], ["c\"d"]]
print(a)
let b: [Double] = []
print(b, [[Double]]())
let c: [Bool] = [true]
print(c, [[true, false]])
print([1...2, 3...4])
let opt: [Double?] = [1.5, nil]
print(opt)
print([[1.0, 2.0], [3.5]])
let s = "x"
print([s, "y\\z", "tab\t"])
print("\([1, 2])", "\(["q"])")
print(["multi\nline"])
print(String(describing: [1, 2]), String(describing: 2.0))
