import Foundation
import NotebookFormat

/// The prose of a course: every notebook of a folder, in file-name order, as plain text.
enum CourseText {
    /// The prose text of each readable `*.md` notebook in `folder`, separated by blank lines.
    static func prose(ofNotebooksIn folder: String) -> String {
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".md") && $0 != "README.md" }
            .sorted()
        return files.compactMap { file in
            try? NotebookParser.read(contentsOf: URL(fileURLWithPath: folder).appendingPathComponent(file).path).proseText
        }.joined(separator: "\n\n")
    }
}
