import Foundation
@testable import nbrun
import TestSupport
import XCTest

/// The shell commands of `README.md` and `docs/*.md` (```` ```sh ```` blocks) are ones that work today: every `nbrun`
/// command is parsed by nbrun's own argument parser (a stale subcommand, flag or value fails), every script named by
/// a path exists, and every option of the README's usage synopsis is in the help of its subcommand.
final class DocCommandTests: XCTestCase {
    func testEveryDocumentedCommandParses() throws {
        var nbrunCommands = 0
        for document in DocBlocks.documents {
            for block in DocBlocks.blocks(in: try DocBlocks.text(of: document)) where block.language == "sh" {
                for (offset, line) in block.lines.enumerated() {
                    let words = Self.words(line)
                    guard let program = words.first else { continue }
                    let place = "\(document):\(block.firstLine + offset)"
                    if program == "nbrun" {
                        nbrunCommands += 1
                        if let problem = Self.parseProblem(Array(words.dropFirst())) { XCTFail("\(place): \(line)\n\(problem)") }
                    } else if program.contains("/") {
                        XCTAssertTrue(FileManager.default.isExecutableFile(atPath: DocBlocks.root.appendingPathComponent(program).path),
                                      "\(place): no executable \(program)")
                    }
                    for word in words.dropFirst() where word.hasPrefix("Notebooks/") {
                        XCTAssertTrue(FileManager.default.fileExists(atPath: DocBlocks.root.appendingPathComponent(word).path),
                                      "\(place): no \(word)")
                    }
                }
            }
        }
        XCTAssertGreaterThanOrEqual(nbrunCommands, 15)
    }

    /// The README's usage synopsis (a block whose lines start with `nbrun`, or with spaces for a continued line): each
    /// option is one the subcommand (or nbrun itself) has.
    func testUsageSynopsisNamesExistingOptions() throws {
        let blocks = DocBlocks.blocks(in: try DocBlocks.text(of: "README.md"))
        let synopsis = try XCTUnwrap(blocks.first { block in
            block.language.isEmpty && block.lines.first?.hasPrefix("nbrun ") == true
                && block.lines.allSatisfy { $0.hasPrefix("nbrun ") || $0.hasPrefix(" ") }
        })
        let subcommands = NBRun.configuration.subcommands
        var commands: [String] = []
        for line in synopsis.lines {
            if line.hasPrefix(" "), !commands.isEmpty { commands[commands.count - 1] += line } else { commands.append(line) }
        }
        XCTAssertGreaterThanOrEqual(commands.count, 8)
        for line in commands {
            let words = Self.words(line)
            let name = words.dropFirst().first.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "[]")) } ?? ""
            let command = subcommands.first { $0.configuration.commandName == name }
            if command == nil, name.hasPrefix("-") {
                // nbrun's own options: the line with the first of each choice parses.
                let arguments = words.dropFirst().map { String($0.split(separator: "|").first ?? "") }
                if let problem = Self.parseProblem(arguments) { XCTFail("README.md synopsis: `\(line)`: \(problem)") }
                continue
            }
            let help = command.map { NBRun.helpMessage(for: $0, includeHidden: true) } ?? NBRun.helpMessage(includeHidden: true)
            let options = words.flatMap { $0.components(separatedBy: CharacterSet(charactersIn: "[]|")) }.filter {
                $0.hasPrefix("-") && $0.count > 1
            }
            for option in options {
                XCTAssertTrue(help.contains(option), "README.md synopsis: `\(line)`: \(name.isEmpty ? "nbrun" : name) has no \(option)")
            }
        }
    }

    /// Commands quoted in the prose (`` `nbrun preview` ``, `` `nbrun render --static` ``): the subcommand exists and each
    /// option is one it has (the arguments may be placeholders, so the line is not parsed as a whole).
    func testCommandsInProseNameExistingSubcommandsAndOptions() throws {
        let pattern = try NSRegularExpression(pattern: "`(nbrun [^`]+)`")
        // `nbrun math` is the name of the embedded math font (docs/math.md), not a command.
        let notCommands: Set = ["nbrun math"]
        var checked = 0
        for document in DocBlocks.documents {
            let text = try DocBlocks.text(of: document)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                guard let range = Range(match.range(at: 1), in: text), !notCommands.contains(String(text[range])) else { continue }
                let words = Self.words(String(text[range])).map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ":")) }
                let second = words.dropFirst().first ?? ""
                if second.hasPrefix("--generate") || second == "--version" {  // nbrun's own options, not in any help
                    let arguments = words.dropFirst().map { String($0.split(separator: "|").first ?? "") }
                    XCTAssertNil(Self.parseProblem(arguments), "\(document): `\(text[range])`")
                    checked += 1
                    continue
                }
                let command = NBRun.configuration.subcommands.first { $0.configuration.commandName == second }
                let isPath = second.contains(".") || second.contains("/") || second.hasPrefix("-") || second == second.uppercased()
                XCTAssertTrue(command != nil || isPath, "\(document): `\(text[range])`: no subcommand \(second)")
                let help = command.map { NBRun.helpMessage(for: $0, includeHidden: true) }
                    ?? NBRun.helpMessage(for: RenderCommand.self, includeHidden: true) + NBRun.helpMessage(includeHidden: true)
                for option in words.flatMap({ $0.components(separatedBy: "|") }) where option.hasPrefix("-") && option.count > 1 {
                    XCTAssertTrue(help.contains(option + " ") || help.contains(option + ",") || help.contains(option + "\n"),
                                  "\(document): `\(text[range])`: no option \(option)")
                }
                checked += 1
            }
        }
        XCTAssertGreaterThanOrEqual(checked, 20)
    }

    /// The checks can fail: a misspelt flag and an unknown subcommand are reported.
    func testStaleCommandsAreReported() {
        XCTAssertNotNil(Self.parseProblem(["lesson.md", "--no-cach"]))
        XCTAssertNotNil(Self.parseProblem(["convert", "lesson.md", "--to", "pdf"]))
        XCTAssertNotNil(Self.parseProblem(["previw", "lesson.md"]))
        XCTAssertNil(Self.parseProblem(["lesson.md", "--no-cache"]))
    }

    /// Why `arguments` do not parse as an nbrun command line, or nil when they do (help, version and completion
    /// scripts count as parsed).
    static func parseProblem(_ arguments: [String]) -> String? {
        do {
            try UnknownWord.check(arguments[...], subcommands: NBRun.configuration.subcommands)
            _ = try NBRun.parseAsRoot(arguments)
            return nil
        } catch {
            return NBRun.exitCode(for: error) == .success ? nil : NBRun.fullMessage(for: error)
        }
    }

    /// The words of a shell command line: quotes removed, a `#` comment and redirections (`> FILE`) dropped.
    static func words(_ line: String) -> [String] {
        var words: [String] = [], current = "", quote: Character?
        for character in line {
            if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == " " {
                if !current.isEmpty { words.append(current) }
                current = ""
            } else if character == "#" && current.isEmpty {
                break
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { words.append(current) }
        if let redirect = words.firstIndex(where: { $0.hasPrefix(">") || $0.hasPrefix("<") || $0 == "|" }) {
            words.removeSubrange(redirect...)
        }
        return words
    }
}
