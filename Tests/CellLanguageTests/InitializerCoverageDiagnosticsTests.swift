import XCTest
@testable import CellLanguage

/// Initializers that use `self` before every stored property is set, or return without setting one (issue 12,
/// item 5: such an initializer was accepted and its property read 0), decided by the definite-initialization check
/// (`DefiniteInitialization`, `InitializedSelf`) as swiftc decides them after SIL generation. Expected lines: swiftc
/// 6.3.1 (`swiftc -swift-version 5 -emit-sil`), in position order.
final class InitializerCoverageDiagnosticsTests: XCTestCase {
    /// A struct's initializer that may return without setting a stored property (an optional `var` starts nil; a
    /// `let` optional, a computed or static property does not count), at the `return` or the closing brace: through
    /// `if`, `guard`, `switch`, loops that may not run, in an extension; a `return nil`, a `throw` or a trap is no return.
    func testStructInitializersThatMayReturnWithAPropertyUnsetAreRefused() {
        assertReportedByTheChecks("""
        struct T { let k: Int; init() { print(1) } }
        struct U {
            var a: Int
            var b: Int?
            var c: Int!
            let d: Int?
            var e: Int { 4 }
            static var g = 1
            init(x: Int) {
                a = x
            }
        }
        struct V {
            var a: Int
            var b: String
            init(flag: Bool) {
                if flag { a = 1; b = "" } else { a = 2 }
            }
            init?(n: Int) {
                guard n > 0 else { return nil }
                a = n
                if n > 3 { return }
                b = ""
            }
            init(loop: [Int]) {
                for x in loop { a = x }
                b = ""
            }
            init(count: Int) {
                var n = 0
                while n < count { n += 1; a = n }
                b = ""
            }
            init(pick: Int) {
                switch pick { case 0: a = 1; b = ""; default: a = 2 }
            }
            init(t: Int) throws {
                if t > 0 { throw E.e }
                a = 1
                b = ""
            }
            init(f: Int) {
                if f > 0 { fatalError() }
                a = 1; b = ""
            }
        }
        enum E: Error { case e }
        extension V {
            init(extended: Int) {
                a = extended
            }
        }
        """, [
            "1:42: return from initializer without initializing all stored properties",
            "11:5: return from initializer without initializing all stored properties",
            "18:5: return from initializer without initializing all stored properties",
            "22:20: return from initializer without initializing all stored properties",
            "28:5: return from initializer without initializing all stored properties",
            "33:5: return from initializer without initializing all stored properties",
            "36:5: return from initializer without initializing all stored properties",
            "51:5: return from initializer without initializing all stored properties",
        ])
    }

    /// A struct's `self` used before every stored property is set: a property read (`self.a`, bare `b`), a method or
    /// computed property, `self` passed; a property passed by reference (`+=`, `&`), a mutating call on it, a member
    /// of it assigned.
    func testStructSelfUsedBeforeEveryPropertyIsSetIsRefused() {
        assertReportedByTheChecks("""
        func bump(_ x: inout Int) { x += 1 }
        struct Q { var x = 0 }
        struct P {
            var a: Int
            var b: Int
            var items: [Int]
            var q: Q
            var total: Int { a + b }
            init(r1: Int) {
                print(self.a)
                a = 1; b = 2; items = []; q = Q()
            }
            init(r2: Int) {
                a = 1
                print(b)
                b = 2; items = []; q = Q()
            }
            init(r3: Int) {
                a = 1; b = 2; items = []
                show()
                q = Q()
            }
            init(r4: Int) {
                a = 1; b = 2; items = []
                print(self)
                q = Q()
            }
            init(r5: Int) {
                a = 1; b = 2; items = []
                q = Q(x: total)
            }
            init(r6: Int) {
                a += 1
                b = 1; items = []; q = Q()
            }
            init(r7: Int) {
                b = 1
                bump(&a)
                items = []; q = Q()
            }
            init(r8: Int) {
                a = 1; b = 1
                items.append(a)
                q = Q()
            }
            init(r9: Int) {
                a = 1; b = 1; items = []
                q.x = 3
            }
            init(r10: Int) {
                a = 1; b = 1; items = []
                self.mutate()
                q = Q()
            }
            func show() {}
            mutating func mutate() {}
        }
        """, [
            "10:20: 'self' used before all stored properties are initialized",
            "15:15: 'self' used before all stored properties are initialized",
            "20:9: 'self' used before all stored properties are initialized",
            "25:15: 'self' used before all stored properties are initialized",
            "30:18: 'self' used before all stored properties are initialized",
            "33:11: variable 'self.a' passed by reference before being initialized",
            "38:9: variable 'self.a' passed by reference before being initialized",
            "43:15: variable 'self.items' used before being initialized",
            "48:13: struct 'self.q' must be completely initialized before a member is stored to",
            "52:14: 'self' used before all stored properties are initialized",
        ])
    }

    /// Classes: a root class's reads, method calls and property accesses before every stored property is set, and
    /// its returns (at the closing brace); a subclass's properties at `super.init`, `super.init` missing on a path,
    /// `self` used before it, and the implicit `super.init()` at the end of an initializer that calls none.
    func testClassInitializersFollowSwiftcsRulesForSelfAndSuperInit() {
        assertReportedByTheChecks("""
        class Root {
            var a: Int
            let b: String
            var c: Int?
            lazy var d: Int = 4
            var total: Int { a }
            init() { a = 1 }
            init(p: Int) { print(a); a = p; b = "" }
            init(q: Int) { a = q; show(); b = "" }
            init(r: Int) { a = r; print(total); b = "" }
            init(s: Int) { a = s; print(self); b = "" }
            init(t: Int) { a += t; b = "" }
            init(u: Int) { if u > 0 { return }; a = u; b = "" }
            init(v: Int) { a = v; b = ""; show(); print(c ?? d) }
            func show() {}
        }
        class Base {
            var x: Int
            init(x: Int) { self.x = x }
            func show() {}
        }
        class D1: Base {
            var y: Int
            init(y: Int) {
                super.init(x: 1)
                self.y = y
            }
            init(z: Int) {
                self.y = z
            }
            init(w: Int) {
                self.y = w
                print(x)
                super.init(x: 1)
            }
            init(v: Int) {
                self.y = v
                show()
                super.init(x: v)
            }
            init(u: Int) {
                self.y = u
                print(self)
                super.init(x: u)
            }
            init(t: Int) {
                if t > 0 { super.init(x: t) }
                self.y = t
            }
            init(s: Int) {
                self.y = s
                self.x = s
                super.init(x: s)
            }
            init(r: Int) {
                print(y)
                y = r
                super.init(x: r)
            }
        }
        class Plain { var k = 0; init() {}; func show() {} }
        class D2: Plain {
            var y: Int
            init(y: Int) { }
            init(z: Int) { self.y = z; show() }
            init(w: Int) { self.y = w; print(k) }
        }
        """, [
            "7:20: return from initializer without initializing all stored properties",
            "8:26: variable 'self.a' used before being initialized",
            "9:27: 'self' used in method call 'show' before all stored properties are initialized",
            "10:33: 'self' used in property access 'total' before all stored properties are initialized",
            "11:33: variable 'self.b' used before being initialized",
            "12:22: variable 'self.a' passed by reference before being initialized",
            "13:55: return from initializer without initializing all stored properties",
            "25:15: property 'self.y' not initialized at super.init call",
            "30:5: 'super.init' isn't called on all paths before returning from initializer",
            "33:15: 'self' used in property access 'x' before 'super.init' call",
            "38:9: 'self' used in method call 'show' before 'super.init' call",
            "43:15: 'self' used before 'super.init' call",
            "47:26: property 'self.y' not initialized at super.init call",
            "49:5: 'super.init' isn't called on all paths before returning from initializer",
            "52:16: 'self' used in property access 'x' before 'super.init' call",
            "56:15: variable 'self.y' used before being initialized",
            "64:5: property 'self.y' not initialized at implicitly generated super.init call",
            "65:32: 'self' used in method call 'show' before 'super.init' call",
            "66:38: 'self' used in property access 'k' before 'super.init' call",
        ])
    }

    /// A closure that captures `self` before every stored property is set (a class's before `super.init`); a closure
    /// parameter, a loop variable or a binding that shadows a stored property is no use of `self`.
    func testClosuresCapturingSelfTooEarlyAreRefusedAndShadowingNamesAreNot() {
        assertReportedByTheChecks("""
        class Root {
            var a: Int
            init(p: Int) { let f = { print(self.a) }; a = 1; f() }
            init(q: Int) { a = q; let f = { print(self.a) }; f() }
        }
        class Base { var x: Int; init(x: Int) { self.x = x } }
        class D: Base {
            var y: Int
            init(y: Int) { self.y = y; let f = { self.y }; super.init(x: f()) }
        }
        struct S {
            var a: Int
            var b: Int
            init(v: Int) {
                a = v
                let g = { (a: Int) in a + 1 }
                b = g(a)
                for a in [1] { print(a) }
                if let a = Optional(3) { print(a) }
            }
        }
        """, [
            "3:28: 'self' captured by a closure before all members were initialized",
            "9:40: 'self' captured by a closure before all members were initialized",
        ])
    }

    /// An assignment through a setter of `self`, or to an inherited property before `super.init`, uses `self` (at `=`).
    func testAssigningThroughSelfBeforeItIsInitializedIsRefused() {
        assertReportedByTheChecks("""
        class Base { var x: Int; init(x: Int) { self.x = x } }
        class D: Base {
            var y: Int
            init(y: Int) { self.y = y; x = 3; super.init(x: y) }
        }
        struct S {
            var a: Int
            var b: Int
            var c: Int { get { a } set { a = newValue } }
            init(v: Int) { c = 3; a = v; b = v }
        }
        """, [
            "4:34: 'self' used in property access 'x' before 'super.init' call",
            "10:22: 'self' used before all stored properties are initialized",
        ])
    }

    /// A struct's initializer has a mutating `self`: an escaping closure (stored in a variable) may not capture it, a
    /// closure passed to `map` may.
    func testEscapingClosuresCapturingAStructsSelfInItsInitializerAreRefused() {
        assertReportedByTheChecks("""
        struct S {
            var a: Int
            var f: () -> Int = { 0 }
            init(v: Int) {
                a = v
                let g = { self.a }
                print(g())
                let a2 = [1, 2].map { $0 + self.a }
                print(a2)
            }
        }
        """, ["6:17: escaping closure captures mutating 'self' parameter"])
    }

    /// swiftc's notes name the properties not set: every one at a return or a use of `self`, the one read at a read.
    func testNotesNameThePropertiesNotSet() {
        let diagnostics = Interpreter().compile(CellSource(code: """
        struct T {
            var a: Int
            var b: Int
            init(x: Int) { print(b); show() }
            func show() {}
        }
        """, firstLine: 1)).diagnostics
        XCTAssertEqual(diagnostics.map(diagnosticLine), [
            "4:26: 'self' used before all stored properties are initialized",
            "4:30: 'self' used before all stored properties are initialized",
            "4:37: return from initializer without initializing all stored properties",
        ])
        XCTAssertEqual(diagnostics.map(\.notes), [
            ["'self.b' not initialized"],
            ["'self.a' not initialized", "'self.b' not initialized"],
            ["'self.a' not initialized", "'self.b' not initialized"],
        ])
    }

    /// The valid forms run and print what swiftc's program prints (the golden `initializer_coverage` runs more).
    func testInitializersThatSetEveryPropertyOnEveryPathRun() {
        let program = """
        struct Reading {
            let value: Int
            var unit: String?
            init?(_ text: String) {
                guard let number = Int(text) else { return nil }
                if number > 100 { value = 100 } else { value = number }
            }
            init(sum values: [Int]) {
                var total = 0
                for value in values { total += value }
                self.value = total
                unit = "sum"
            }
        }
        class Sensor {
            let name: String
            init(name: String) { self.name = name }
        }
        class Thermometer: Sensor {
            var scale: String
            init(scale: String) {
                self.scale = scale
                super.init(name: "thermo")
                print(describe())
            }
            func describe() -> String { "\\(name) in \\(scale)" }
        }
        print(Reading("250")?.value ?? -1, Reading("x") == nil, Reading(sum: [1, 2, 3]).value)
        _ = Thermometer(scale: "C")
        """
        let interpreter = Interpreter()
        let compiled = interpreter.compile(CellSource(code: program, firstLine: 1))
        XCTAssertEqual(compiled.diagnostics.map(diagnosticLine), [])
        XCTAssertEqual(interpreter.run(compiled).text, "100 true 6\nthermo in C\n")
    }
}
