import Foundation
import Diagnostics
import NotebookFormat
import Parameters
import Publishing
import XCTest

final class ParameterTests: XCTestCase {
    private let lesson = """
    # Retta

    ```swift
    let slope = slider("slope", default: 1.0, in: 0.1...3.0, step: 0.1, label: "Pendenza")
    let intercept = slider("intercept", default: 0.5, in: -2...5, step: 0.1, label: "Intercetta")
    let epochs = slider("epochs", default: 100, in: 10...500, step: 10)
    let model = choice("model", default: "gpt", options: ["bigram", "gpt"], label: "Modello")
    let dark = toggle("dark", default: true)
    print("y = \\(slope)x + \\(intercept)")
    ```

    ```swift
    print("indipendente")
    ```
    """

    private func controls(_ text: String) throws -> ([Control], [Diagnostic]) {
        ControlScanner.scan(try NotebookParser.parse(source: text, path: "l.md"))
    }

    func testControlsAreFoundWithoutRunning() throws {
        let (found, errors) = try controls(lesson)
        XCTAssertEqual(errors, [])
        XCTAssertEqual(found.map(\.name), ["slope", "intercept", "epochs", "model", "dark"])
        XCTAssertEqual(found.map(\.typeName), ["Double", "Double", "Int", "String", "Bool"])
        XCTAssertEqual(found[0].kind, .slider(range: 0.1...3.0, step: 0.1, integer: false))
        XCTAssertEqual(found[1].defaultValue, .double(0.5))
        XCTAssertEqual(found[1].domainDescription, "-2.0...5.0")
        XCTAssertEqual(found[2].defaultValue, .int(100))
        XCTAssertEqual(found[0].label, "Pendenza")
        XCTAssertEqual(found[0].location, SourceLocation(line: 4, column: 13))
    }

    func testDeclarationMistakes() throws {
        let (_, errors) = try controls("""
        ```swift
        let a = slider("a", default: 9.0, in: 0.0...3.0)
        let b = slider("b", default: 1.0, in: 0.0...3.0)
        let c = slider("b", default: 1.0, in: 0.0...3.0)
        let d = slider(nome, default: 1.0, in: 0.0...3.0)
        let e = choice("e", default: "x", options: ["a", "b"])
        ```
        """)
        XCTAssertEqual(errors.map(\.message), [
            "the default 9.0 of 'a' is outside its range 0.0...3.0",
            "control 'b' is declared twice",
            "slider needs its name as a string literal first, e.g. slider(\"slope\", …)",
            "the default of 'e' must be one of its options",
        ])
        XCTAssertEqual(errors.map { $0.location?.line }, [2, 4, 5, 6])
    }

    func testAssignmentsAreCheckedAgainstTheirControls() throws {
        var set = ParameterSet(controls: try controls(lesson).0)
        let errors = set.apply([
            ParameterAssignment(argument: "slope=2.5")!,
            ParameterAssignment(argument: "intercept=-1")!,
            ParameterAssignment(argument: "slpoe=1")!,
            ParameterAssignment(argument: "epochs=2.5")!,
            ParameterAssignment(argument: "intercept=9")!,
            ParameterAssignment(argument: "model=lstm")!,
            ParameterAssignment(argument: "dark=yes")!,
            ParameterAssignment(argument: "slope=0.15")!,
        ])
        XCTAssertEqual(errors.map(\.message), [
            "unknown parameter 'slpoe' (--param slpoe=1)",
            "parameter 'epochs' is an Int; '2.5' is not a whole number (--param epochs=2.5)",
            "parameter 'intercept' is given twice (--param intercept=-1 and --param intercept=9)",
            "parameter 'model' must be one of bigram, gpt; not 'lstm' (--param model=lstm)",
            "parameter 'dark' is a Bool; use true or false, not 'yes' (--param dark=yes)",
            "parameter 'slope' is given twice (--param slope=2.5 and --param slope=0.15)",
        ])
        XCTAssertEqual(errors[0].notes, ["did you mean 'slope'?", "known parameters: slope, intercept, epochs, model, dark"])
        XCTAssertEqual(set.values["slope"], .double(2.5))
        XCTAssertEqual(set.values["intercept"], .double(-1))
        XCTAssertEqual(set.changed.map(\.name), ["slope", "intercept"])
    }

    func testOutOfRangeAndBetweenSteps() throws {
        var set = ParameterSet(controls: try controls(lesson).0)
        XCTAssertEqual(set.apply([ParameterAssignment(argument: "slope=0.15")!]), [])
        XCTAssertEqual(set.values["slope"], .double(0.15))
        XCTAssertEqual(set.apply([ParameterAssignment(argument: "epochs=501")!]).map(\.message),
                       ["parameter 'epochs' must be in 10...500; 501 is out of range (--param epochs=501)"])
    }

    func testListingIsATable() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("params-\(UUID().uuidString).md").path
        try lesson.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let listing = ParameterListing.list(path)
        XCTAssertEqual(listing.outcome, .success)
        XCTAssertEqual(listing.table, """
        NAME       TYPE    DEFAULT  DOMAIN        STEP  LABEL       LINE
        slope      Double  1.0      0.1...3.0     0.1   Pendenza    4
        intercept  Double  0.5      -2.0...5.0    0.1   Intercetta  5
        epochs     Int     100      10...500      10                6
        model      String  gpt      bigram | gpt  -     Modello     7
        dark       Bool    true     true | false  -                 8

        """)
    }

    /// The parameter scanner does not parse a cell nesting `[` too deeply (SwiftParser would take minutes); such a
    /// cell declares no control, and the other cells' controls are still found.
    func testDeeplyNestedBracketsDeclareNoControl() throws {
        let deep = String(repeating: "[", count: 45) + "slider(\"a\", default: 1.0, in: 0...2)" + String(repeating: "]", count: 45)
        let (found, errors) = try controls("```swift\n\(deep)\n```\n\n```swift\nlet b = toggle(\"b\", default: true)\n```\n")
        XCTAssertEqual(found.map(\.name), ["b"])
        XCTAssertEqual(errors.count, 0)
    }
}
