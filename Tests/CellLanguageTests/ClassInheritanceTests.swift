import CellLanguage
import Diagnostics
import XCTest

/// Class inheritance, initializers and casts: swiftc's errors at swiftc's positions, run-time cast failures, and the
/// casts that stay refused. (What programs print is pinned by the `class_*` golden programs.)
final class ClassInheritanceTests: XCTestCase {
    private func errors(_ code: String) -> [String] {
        Interpreter().compile(CellSource(code: code, firstLine: 1)).diagnostics.filter { $0.severity == .error }.map {
            "\($0.location.map { "\($0.line):\($0.column)" } ?? "-"): \($0.message)"
        }
    }

    /// The expected lines are swiftc 6.2's errors for this program (`swiftc -typecheck`, sorted by position).
    func testOverrideMistakesAtSwiftcsPositions() {
        let program = """
        class Base {
            var name = "base"
            var label: String { return name }
            final var code: Int { return 1 }
            init() {}
            init(name: String) { self.name = name }
            convenience init(other: Int) { self.init() }
            required init(tag: Int) {}
            func run() {}
            final func stop() {}
        }
        final class Leaf {}
        class Derived: Base {
            func run() {}
            override func stop() {}
            override func jump() {}
            var label: String { return "derived" }
            override var code: Int { return 2 }
            override var missing: Int { return 0 }
            init(name: String) { super.init(name: name) }
            override init(other: Int) { super.init() }
            required init?(tag: Int) { super.init() }
        }
        class Twig: Leaf {}
        class Sub: Base {
            init(size: Int) { super.init() }
        }
        class Pair {
            init(x: Int) {}
            init(x: Int) {}
        }
        """
        XCTAssertEqual(errors(program), [
            "14:10: overriding declaration requires an 'override' keyword",
            "15:19: instance method overrides a 'final' instance method",
            "16:19: method does not override any method from its superclass",
            "17:9: overriding declaration requires an 'override' keyword",
            "18:18: property overrides a 'final' property",
            "19:18: property does not override any property from its superclass",
            "20:5: overriding declaration requires an 'override' keyword",
            "21:14: initializer does not override a designated initializer from its superclass",
            "22:14: failable initializer 'init(tag:)' cannot override a non-failable initializer",
            "24:7: inheritance from a final class 'Leaf'",
            "27:1: 'required' initializer 'init(tag:)' must be provided by subclass of 'Base'",
            "30:5: invalid redeclaration of 'init(x:)'",
        ])
    }

    /// A subclass's initializer sets its own constants, not those it inherits (swiftc refuses the program too).
    func testInheritedConstantsAreNotAssignable() {
        let program = """
        class C {
            let constant: Int
            init() { constant = 0 }
        }
        class D: C {
            override init() {
                super.init()
                constant = 1
            }
        }
        """
        XCTAssertEqual(errors(program), ["8:9: cannot assign to property: 'constant' is a 'let' constant"])
    }

    func testFailedForcedCastStopsTheCell() {
        let code = "class A {}\nclass B: A {}\nclass C: A {}\nlet a: A = B()\nprint(\"before\")\nlet c = a as! C"
        let result = Interpreter().execute(CellSource(code: code, firstLine: 1), timeoutSeconds: nil)
        XCTAssertFalse(result.succeeded)
        XCTAssertEqual(result.text, "before\n")
        XCTAssertEqual(result.diagnostics.map(\.message), ["Could not cast value of type 'main.B' to 'main.C'"])
        XCTAssertEqual(result.diagnostics.first?.location, SourceLocation(line: 6, column: 11))
    }

    /// A run-time error inside `deinit` cannot stop the code that freed the object; the cell reports it at its end.
    func testRunTimeErrorInDeinitIsReported() {
        let code = "class Bad {\n    let xs = [1]\n    deinit { print(xs[3]) }\n}\nvar b: Bad? = Bad()\nb = nil\nprint(\"after\")"
        let result = Interpreter().execute(CellSource(code: code, firstLine: 1), timeoutSeconds: nil)
        XCTAssertFalse(result.succeeded)
        XCTAssertEqual(result.text, "after\n")
        XCTAssertEqual(result.diagnostics.map(\.message), ["Index out of range"])
        XCTAssertEqual(result.diagnostics.first?.location, SourceLocation(line: 3, column: 22))
    }

    /// Casts to or from types other than classes (`Any`, protocols, numbers) are refused where they are written.
    func testCastsOutsideClassHierarchiesAreRefused() {
        XCTAssertEqual(errors("let x = 3\nlet s = x as? String"),
                       ["2:11: 'as?' from 'Int' to 'String' is not supported in nbrun cells (casts between classes are)"])
        XCTAssertEqual(errors("protocol P {}\nstruct S: P {}\nprint(S() is P)"),
                       ["3:11: 'is' from 'S' to 'any P' is not supported in nbrun cells (casts between classes are)"])
    }
}
