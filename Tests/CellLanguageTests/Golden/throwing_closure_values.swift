// Closures without a contextual type that let an error out are throwing closures (`let c = { try f() }`): called
// with `try`, their errors caught by the caller; a closure that catches every error inside is no throwing one.
enum Failure: Error { case negative(Int) }

func doubled(_ x: Int) throws -> Int {
    if x < 0 { throw Failure.negative(x) }
    return x * 2
}

let c = { try doubled(3) }
let d = { (x: Int) in try doubled(x) }
let fail = { throw Failure.negative(0) }
let explicit = { () -> Void in throw Failure.negative(1) }
do {
    print(try c(), try d(4))
    try fail()
} catch {
    print("caught", error)
}
do { print(try d(-1)) } catch { print("caught", error) }
do { try explicit() } catch { print("caught", error) }
let safe = { do { return try doubled(-2) } catch { return 0 } }
print(safe())
print((try? d(-5)) ?? -1, try! c())
