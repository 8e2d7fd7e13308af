import Diagrams
import Foundation
import MathML
import TestSupport
import XCTest

/// Accounts for every fenced code block of `README.md` and `docs/*.md`, found in the documents themselves: each is of
/// a kind some test runs or checks, or plain text that nothing can run. A block of a new kind fails until a test
/// handles it.
///
/// | kind | checked by |
/// | --- | --- |
/// | `swift` cell example | `DocExampleTests`: runs as a cell, prints its `text` block exactly |
/// | `swift` library example (starts with `import`) | `LibraryDocExampleTests`: copied verbatim, compiled, run, prints its `text` block |
/// | `text` right after a `swift` block | the output of that example (above) |
/// | `sh` | `DocCommandTests` (CLITests): every `nbrun` command parses with the real argument parser, scripts exist |
/// | `markdown` | `DocLessonTests` (PublishingTests): the lesson converts with no diagnostic |
/// | `json` | `DocLessonTests`: the results format has the keys nbrun writes |
/// | `mermaid`, `math` | here: drawn / converted without error |
/// | other `text`, no language, `css` | not run: a usage synopsis (its options are checked by `DocCommandTests`), a message format, a style sheet |
final class DocInventoryTests: XCTestCase {
    /// The kind of a block, by the rules above.
    enum Kind: String, CaseIterable {
        case cell = "swift cell", library = "swift library", output = "output", shell = "sh", lesson = "markdown"
        case json, diagram = "mermaid", math, plain = "text (not run)", css = "css (not run)"
    }

    static func classify(_ blocks: [DocBlock]) -> [(DocBlock, Kind?)] {
        blocks.enumerated().map { index, block in
            let previous = index > 0 ? blocks[index - 1] : nil
            switch block.language {
            case "swift":
                return (block, DocExamples.isLibraryExample(block.lines.first ?? "") ? .library : .cell)
            case "text" where previous?.language == "swift" && block.fenceLine == previous!.endLine + 1:
                return (block, .output)
            case "text", "": return (block, .plain)
            case "sh": return (block, .shell)
            case "markdown": return (block, .lesson)
            case "json": return (block, .json)
            case "mermaid": return (block, .diagram)
            case "math", "latex": return (block, .math)
            case "css": return (block, .css)
            default: return (block, nil)
            }
        }
    }

    func testEveryBlockIsOfAKindATestChecks() throws {
        var table: [String] = []
        for document in DocBlocks.documents {
            let classified = Self.classify(DocBlocks.blocks(in: try DocBlocks.text(of: document)))
            for (block, kind) in classified where kind == nil {
                XCTFail("\(document):\(block.fenceLine): a ```\(block.language) block, which no test runs or checks")
            }
            let counts = Kind.allCases.compactMap { kind -> String? in
                let count = classified.filter { $0.1 == kind }.count
                return count == 0 ? nil : "\(count) \(kind.rawValue)"
            }
            table.append("\(document): \(classified.count) blocks" + (counts.isEmpty ? "" : " (\(counts.joined(separator: ", ")))"))
        }
        print("Doc code blocks:\n  " + table.joined(separator: "\n  "))
    }

    /// Every library example is in `LibraryDocExampleTests.swift` as written (its imports aside), so it is compiled
    /// and run there.
    func testEveryLibraryExampleIsCompiledByATest() throws {
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("LibraryDocExampleTests.swift")
        let compiled = try String(contentsOf: source, encoding: .utf8).components(separatedBy: "\n").map(Self.stripped)
        var found = 0
        for document in DocBlocks.documents {
            for (block, kind) in Self.classify(DocBlocks.blocks(in: try DocBlocks.text(of: document))) where kind == .library {
                let lines = block.lines.filter { !DocExamples.isLibraryExample($0) }.map(Self.stripped).drop { $0.isEmpty }
                let contained = compiled.indices.contains { start in
                    compiled[start...].starts(with: lines)
                }
                XCTAssertTrue(contained, "\(document):\(block.firstLine): this library example is not copied verbatim into "
                              + "LibraryDocExampleTests.swift (copy it there into a test that runs it)")
                found += 1
            }
        }
        XCTAssertGreaterThanOrEqual(found, 7)
    }

    /// Mermaid and math blocks (none in the docs today) are drawn and converted without error.
    func testDiagramAndMathBlocksRender() throws {
        for document in DocBlocks.documents {
            for (block, kind) in Self.classify(DocBlocks.blocks(in: try DocBlocks.text(of: document))) {
                if kind == .diagram {
                    XCTAssertNoThrow(try Mermaid.svg(from: block.code), "\(document):\(block.fenceLine)")
                } else if kind == .math {
                    XCTAssertNoThrow(try MathMLConverter.convert(block.code, display: true), "\(document):\(block.fenceLine)")
                }
            }
        }
    }

    /// The classification itself: a block of an unknown language is no kind, an output block must follow its code.
    func testClassificationCanFail() {
        let blocks = DocBlocks.blocks(in: "```swift\nprint(1)\n```\n```text\n1\n```\n\n```text\nx\n```\n````python\nx\n````\n")
        XCTAssertEqual(Self.classify(blocks).map { $0.1 }, [.cell, .output, .plain, nil])
    }

    private static func stripped(_ line: String) -> String {
        line.trimmingCharacters(in: .whitespaces)
    }
}
