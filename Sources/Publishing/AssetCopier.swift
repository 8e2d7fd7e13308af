import Diagnostics
import Foundation
import NotebookFormat

/// Copies the local images a notebook shows next to its page, keeping their relative paths.
enum AssetCopier {
    /// Copies every local image of `notebook` from `source` (the notebook's folder) to `destination` (the page's).
    ///
    /// Remote URLs are left alone. A path that climbs out of the notebook's folder (also through a symbolic link or
    /// percent-escapes), a file that is not a regular file, and a missing file are reported as warnings with the
    /// image's line; the page still builds.
    static func copyImages(of notebook: Notebook, from source: String, to destination: String) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        var copied: Set<String> = []
        let sourceRoot = URL(fileURLWithPath: source).standardizedFileURL
        let destinationRoot = URL(fileURLWithPath: destination).standardizedFileURL
        for (path, line) in images(in: notebook) {
            let at = SourceLocation(line: line, column: 1)
            if LocalReference.escapesFolder(path) {
                warnings.append(.warning("image '\(path)' is outside the notebook's folder; it is left out", at: at))
                continue
            }
            guard let reference = LocalReference(path), copied.insert(reference.path).inserted else { continue }
            let from = sourceRoot.appendingPathComponent(reference.path)
            let to = destinationRoot.appendingPathComponent(reference.path)
            guard FileManager.default.fileExists(atPath: from.path) else {
                warnings.append(.warning("image '\(path)' not found next to the notebook", at: at))
                continue
            }
            if let problem = ContainedFile.problem(reading: from.path, inside: sourceRoot.path, writing: to.path,
                                                   inside: destinationRoot.path) {
                warnings.append(.warning("image '\(path)' \(problem); it is left out", at: at))
                continue
            }
            guard from.standardizedFileURL != to.standardizedFileURL else { continue }
            do {
                try FileManager.default.createDirectory(at: to.deletingLastPathComponent(), withIntermediateDirectories: true)
                let data = try Data(contentsOf: from)
                if (try? Data(contentsOf: to)) != data { try data.write(to: to, options: .atomic) }
            } catch {
                warnings.append(.warning("image '\(path)' could not be copied: \(error.localizedDescription)", at: at))
            }
        }
        return warnings
    }

    /// Every image source in the notebook with its line, in document order.
    static func images(in notebook: Notebook) -> [(String, Int)] {
        var found: [(String, Int)] = []
        func visit(_ inlines: [Inline]) {
            for inline in inlines {
                switch inline {
                case .image(let source, _, let alt, let line):
                    found.append((source, line))
                    visit(alt)
                case .emphasis(let inner), .strong(let inner), .link(_, _, let inner):
                    visit(inner)
                default: break
                }
            }
        }
        func visit(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .heading(_, let content, _), .paragraph(let content, _): visit(content)
                case .blockQuote(let inner, _): visit(inner)
                case .callout(let callout): visit(callout.blocks)
                case .figure(let figure):
                    found.append((figure.source, figure.range.start.line))
                    visit(figure.caption)
                case .list(_, let items, _): items.forEach { visit($0) }
                case .table(let table):
                    table.header.forEach { visit($0) }
                    table.rows.forEach { $0.forEach { visit($0) } }
                default: break
                }
            }
        }
        visit(notebook.blocks)
        notebook.footnotes.forEach { visit($0.blocks) }
        return found
    }
}
