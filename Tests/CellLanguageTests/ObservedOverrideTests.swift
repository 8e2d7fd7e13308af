import CellLanguage
import Diagnostics
import XCTest

/// Observers added to inherited properties (the programs that run are in Golden/class_override_observers.swift):
/// what stays refused.
final class ObservedOverrideTests: XCTestCase {
    private func messages(_ result: CompiledCell) -> [String] {
        result.diagnostics.map { "\($0.location.map { "\($0.line):\($0.column)" } ?? "-"): \($0.message)" }
    }

    /// A subclass observing a property that code of an earlier cell assigns through its superclass is refused (that
    /// code does not look up the instance's observers); in the same cell it is taken.
    func testObservingAPropertyAssignedByAnEarlierCellIsRefused() {
        let interpreter = Interpreter()
        let first = interpreter.compile(CellSource(code: "class C { var x = 0 }\nfunc reset(_ c: C) { c.x = 0 }", firstLine: 1))
        XCTAssertEqual(messages(first), [])
        _ = interpreter.run(first)
        let second = interpreter.compile(CellSource(code: "class D: C {\n    override var x: Int { didSet { print(x) } }\n}", firstLine: 5))
        XCTAssertEqual(messages(second), ["6:18: observing 'x', which code of an earlier cell assigns through 'C' is not supported in nbrun cells"])
        let together = Interpreter().execute(CellSource(code: """
            class C { var x = 0 }
            func reset(_ c: C) { c.x = 0 }
            class D: C {
                override var x: Int { didSet { print("D", x) } }
            }
            reset(D())
            """, firstLine: 1))
        XCTAssertEqual(together.text, "D 0\n")
    }

    /// Observing an inherited read-only computed property, or a property the superclass does not have, is reported
    /// as swiftc reports it (observing one with a setter runs: Golden/class_setter_overrides.swift).
    func testObservingReadOnlyOrMissingPropertiesIsReported() {
        let compiled = Interpreter().compile(CellSource(code: """
            class C { var y: Int { 42 } }
            class D: C {
                override var y: Int { didSet {} }
                override var z: Int { didSet {} }
            }
            """, firstLine: 1))
        XCTAssertEqual(messages(compiled), [
            "3:18: cannot observe read-only property 'y'; it can't change",
            "4:18: property does not override any property from its superclass",
        ])
    }
}
