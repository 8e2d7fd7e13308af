// A literal of nils only in a closure's body: swiftc types it [Any?] there.
let make = { () -> Int in
    let xs = [nil, nil]
    print(xs)
    return xs.count
}
print(make())
let g = { let ys = [nil]; print(ys) }
g()
let k = { (flag: Bool) -> Int in
    if flag {
        let zs = [nil, nil, nil]
        return zs.count
    }
    for _ in 0..<1 { let ws = [nil]; print(ws, type(of: ws)) }
    return 0
}
print(k(true), k(false))
