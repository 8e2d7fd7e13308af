import CellLanguage
import Foundation
import NotebookFormat
import Runner
import TestSupport
import XCTest

/// Code is generated once over the notebooks too (issue 12): the lessons of `Notebooks/`, the docs' cell examples
/// (each document's examples as the cells of one notebook, as `DocExampleTests` runs them) and the lessons the docs
/// show in ```` ```markdown ```` blocks compile with the modules installed, every type the generator asks for
/// answered by the checker or a declaration (`TypeOnlyCompilationTests` covers the compiler's own corpora).
final class NotebookTypeOnlyCompilationTests: XCTestCase {
    func testNotebooksAndDocExamplesNeedNoTypeOnlyCompilation() throws {
        var listing = ""
        var compilations: [String: Int] = [:]
        var nodes = 0, notebooks = 0, throwAway = 0, requests = 0, declared = 0
        for (name, notebook) in try Self.notebooks() {
            let counts = NotebookRunner.compileCounts(of: notebook)
            notebooks += 1
            nodes += counts.nodes
            throwAway += counts.throwAwayCompilations
            requests += counts.typeRequests
            declared += counts.declaredTypeAnswers
            if counts.compiledTypeAnswers + counts.unansweredTypeRequests > 0 {
                compilations[name] = counts.compiledTypeAnswers + counts.unansweredTypeRequests
                listing += "\(name):\n\(counts.listing)"
            }
        }
        print("notebooks and doc examples: \(requests) type requests, \(declared) answered by a declaration, "
              + "\(compilations) compiled or unanswered, \(throwAway) throw-away compilations for \(nodes) nodes in "
              + "\(notebooks) notebooks\n" + listing)
        XCTAssertGreaterThanOrEqual(notebooks, 8)
        XCTAssertGreaterThan(nodes, 5000)
        // Session 19 (s19-typeonly): 13 before the checker typed `super`, static and subscript places and implicit
        // unwraps (language.md 12, cells-modules.md 1). Left: bodies of generic types checked with placeholders for
        // their type parameters, a read-modify-write of a native subscript and an optional-chain receiver. Session 20
        // (s20-generic): 7 -> 6 in language.md once the checker checked generic types' members under the placeholders
        // of the generator's check, 5 once an optional-chain link's base was asked as the value it unwraps. Left: a
        // generic type of an earlier cell checked again with placeholders (and one specialization of it compiled
        // again), whose bodies this cell's checker cannot see (3), a generic initializer's body and an argument
        // typed alone for fitting a plain initializer in a generic method checked with placeholders, and a native
        // subscript's read-modify-write (cells-modules.md). Session 21 (s21-probes): cells-modules.md 1 -> 0 once the
        // checker chose the subscript setter a store through a native subscript calls (`grid[column: 0] += 1`);
        // language.md 5 -> 1 once a stored property's read was typed from its field beside a `T!` declaration. Left:
        // `Queue<U>(items: items.map(f))` in a generic method checked with placeholders, whose `Queue<U>` the
        // checker cannot resolve (the generator makes that specialization while it compiles the body).
        // Then 0 (session 21, lead): a specialization made before the cell's checker exists (`Queue<Int>` named in
        // the cell) has its generic members checked with placeholders once the checker can check the same bodies
        // (`TypeTable.genericMemberChecksAwaitingChecker`), so `items.map(f)` has the checker's type there too.
        // Session 23 (s23-typeonly): type-only compilations are gone; every type the generator asks for is the
        // checker's or a declared fact (159 of 1,709 requests were answered other than by the checker before: 145
        // by a variable's declared type, 8 by a literal's, 5 by a field's, 1 by a type name), none compiled.
        XCTAssertGreaterThan(requests, 1000)
        XCTAssertEqual(compilations, [:], listing)
        // The other throw-away compilations (`Compiler.throwAwayCompilation`), counted since session 20: 24, every
        // one `map`'s closure probed for Int results where `[Double]` is expected; none once the generator read the
        // checker's type of the closure (session 21, s21-probes); `adapts` and `closureThrows` made none here before
        // or after s21-overloads replaced them with the checker's facts.
        XCTAssertEqual(throwAway, 0, listing)
    }

    /// The lessons of `Notebooks/`, then per document its cell examples as one notebook and each lesson it shows.
    static func notebooks() throws -> [(name: String, notebook: Notebook)] {
        var result: [(String, Notebook)] = []
        let folder = DocBlocks.root.appendingPathComponent("Notebooks")
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path).filter({ $0.hasSuffix(".md") }).sorted() {
            result.append(("Notebooks/\(file)", try NotebookParser.read(contentsOf: folder.appendingPathComponent(file).path)))
        }
        for document in DocBlocks.documents {
            let blocks = DocBlocks.blocks(in: try DocBlocks.text(of: document))
            let examples = blocks.filter { $0.language == "swift" && !$0.code.hasPrefix("import ") && !$0.code.hasPrefix("@testable import ") }
            if !examples.isEmpty {
                let source = examples.map { "```swift\n" + $0.code + "```\n" }.joined(separator: "\n")
                result.append(("\(document) examples", try NotebookParser.parse(source: source, path: "\(document).md")))
            }
            for lesson in blocks where lesson.language == "markdown" {
                result.append(("\(document):\(lesson.fenceLine)", try NotebookParser.parse(source: lesson.code, path: "lesson.md")))
            }
        }
        return result
    }
}
