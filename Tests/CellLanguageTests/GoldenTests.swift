import CellLanguage
import Foundation
import XCTest

/// Runs every `Golden/NAME.swift` through the interpreter and compares with `NAME.out`, which
/// `scripts/update-golden.sh` produced by compiling the program with swiftc and running it.
final class GoldenTests: XCTestCase {
    private func goldenDirectory() throws -> URL {
        try XCTUnwrap(Bundle.module.url(forResource: "Golden", withExtension: nil), "Golden resources missing")
    }

    private func programs() throws -> [(name: String, source: String, expected: String)] {
        let directory = try goldenDirectory()
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".swift") }.sorted()
        return try files.map { file in
            let name = String(file.dropLast(".swift".count))
            let source = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
            let expected = try String(contentsOf: directory.appendingPathComponent(name + ".out"), encoding: .utf8)
            return (name, source, expected)
        }
    }

    /// Splits a program into cells at `// --- cell ---` lines, keeping notebook line numbers.
    static func cells(of source: String) -> [CellSource] {
        var cells: [CellSource] = []
        var current: [Substring] = []
        var firstLine = 1
        for (index, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.hasPrefix("// --- cell ---") {
                cells.append(CellSource(code: current.joined(separator: "\n"), firstLine: firstLine))
                current = []
                firstLine = index + 2
            } else {
                current.append(line)
            }
        }
        cells.append(CellSource(code: current.joined(separator: "\n"), firstLine: firstLine))
        return cells
    }

    private func run(_ cells: [CellSource], module: String) -> (output: String, errors: [String]) {
        let interpreter = Interpreter()
        // swiftc names the module after the file, and debug descriptions show it (`[structs.Point(x: 1.0)]`).
        interpreter.moduleName = module
        let compiled = cells.map(interpreter.compile)
        var output = ""
        var errors: [String] = []
        for cell in compiled {
            let result = interpreter.run(cell)
            output += result.text
            errors += result.diagnostics.map { "\($0.location?.description ?? "-"): \($0.message)" }
        }
        return (output, errors)
    }

    func testThereAreEnoughGoldenPrograms() throws {
        XCTAssertGreaterThanOrEqual(try programs().count, 30)
    }

    func testGoldenProgramsAsOneCell() throws {
        for program in try programs() {
            let (output, errors) = run([CellSource(code: program.source, firstLine: 1)], module: program.name)
            XCTAssertEqual(errors, [], "\(program.name): unexpected diagnostics")
            XCTAssertEqual(output, program.expected, "\(program.name): output differs from swiftc")
        }
    }

    func testGoldenProgramsSplitIntoCells() throws {
        var split = 0
        for program in try programs() where program.source.contains("// --- cell ---") {
            split += 1
            let cells = GoldenTests.cells(of: program.source)
            XCTAssertGreaterThan(cells.count, 1)
            let (output, errors) = run(cells, module: program.name)
            XCTAssertEqual(errors, [], "\(program.name) (cells): unexpected diagnostics")
            XCTAssertEqual(output, program.expected, "\(program.name) (cells): output differs from swiftc")
        }
        XCTAssertGreaterThanOrEqual(split, 5, "several golden programs should test shared state across cells")
    }
}
