func run(_ f: () throws -> Int) rethrows -> String { "rethrowing \(try f())" }
func run(_ f: () -> Int) -> String { "plain \(f())" }
func seven() throws -> Int { 7 }
print(try run { try seven() })
print(run { 8 })
func exec(_ f: () throws -> Int) -> String { (try? f()).map { "throwing \($0)" } ?? "failed" }
func exec(_ f: () -> Int) -> String { "plain \(f())" }
print(exec { try seven() })
print(exec { 9 })
print(exec(seven))
func eight() -> Int { 8 }
print(exec(eight))
let g: () throws -> Int = { 10 }
print(exec(g))
func go(_ f: () throws -> Void) { print("go throws") }
func go(_ f: () -> Void) { print("go plain") }
go { print("a") }
go { _ = try seven() }
struct Runner {
    func run(_ f: () throws -> Int) -> String { "m throwing \((try? f()) ?? -1)" }
    func run(_ f: () -> Int) -> String { "m plain \(f())" }
}
let r = Runner()
print(r.run { try seven() })
print(r.run { 3 })
func time(_ label: String, _ f: () throws -> Void) rethrows { print(label, "throwing"); try f() }
func time(_ label: String, _ f: () -> Void) { print(label, "plain"); f() }
time("a") { print("x") }
try time("b") { _ = try seven() }
