import Diagnostics
import Foundation
import NotebookFormat
import Parameters
import Renderer
import Runner

/// Builds a course: every notebook of a folder as a page, in parallel, plus `index.html` listing them in order.
///
/// Lessons are ordered by their front matter's `order`, then by file name. An `index.md` in the folder is not a
/// lesson: its prose introduces the index page. A notebook that fails is reported and left out; the other pages
/// are still written, and the outcome is the worst of all pages.
public enum SiteBuilder {
    /// Builds every notebook in `folder` into `output`.
    public static func build(folder: String, output: String, options: RunOptions = RunOptions()) -> SiteReport {
        let files: [String]
        do {
            files = try FileManager.default.contentsOfDirectory(atPath: folder)
                .filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }
                .sorted()
        } catch {
            return failure("cannot read the folder '\(folder)': \(error.localizedDescription)", folder: folder)
        }
        let lessonFiles = files.filter { $0 != "index.md" && $0 != "README.md" }
        guard !lessonFiles.isEmpty else {
            return failure("no notebooks (*.md files) in '\(folder)'", folder: folder)
        }
        let join = { (name: String) in folder.hasSuffix("/") ? folder + name : folder + "/" + name }

        // Parse everything first: the order and the neighbours' titles come from the front matter.
        var (lessons, unreadable) = read(lessonFiles.map(join))
        lessons.sort { ($0.frontMatter.order ?? Int.max, $0.path) < ($1.frontMatter.order ?? Int.max, $1.path) }
        var introduction: Notebook?
        if files.contains("index.md") {
            // A broken introduction is reported (the index is still written, without it).
            let (found, problems) = read([join("index.md")])
            introduction = found.first
            unreadable += problems
        }
        let language = introduction?.frontMatter.language ?? lessons.first?.frontMatter.language
        let indexTitle = PageLink(title: introduction?.title ?? (language?.hasPrefix("it") == true ? "Indice del corso" : "Course index"),
                                  href: "index.html")

        let ordered = lessons
        let links = ordered.map { PageLink(title: $0.title, href: PageBuilder.pageName(for: $0.path)) }
        let buildPage: @Sendable (Int) -> PageReport = { index in
            let context = PageContext(index: indexTitle,
                                      previous: index > 0 ? links[index - 1] : nil,
                                      next: index + 1 < links.count ? links[index + 1] : nil)
            let destination = URL(fileURLWithPath: output).appendingPathComponent(links[index].href).path
            return PageBuilder.build(ordered[index], output: destination, context: context, options: options)
        }
        // Live pages fork the interpreter for their states, and with checkpoints (preview) every page forks its cell
        // worker; a fork while other threads run (and may hold a lock of the allocator or the Swift runtime) can leave
        // the child stuck. So pages that do not fork are built in parallel first, then the others one at a time, when
        // no other page is being built.
        let isLive = ordered.map {
            options.checkpoints != nil || (options.live && !ControlScanner.scan($0).controls.isEmpty)
        }
        var reports = [PageReport?](repeating: nil, count: ordered.count)
        let parallel = ordered.indices.filter { !isLive[$0] }
        for (index, report) in zip(parallel, ParallelMap.map(parallel, buildPage)) { reports[index] = report }
        for index in ordered.indices where isLive[index] { reports[index] = buildPage(index) }
        let built = NeighbourLinks.repair(reports.map { $0! }, lessons: ordered, links: links, courseIndex: indexTitle,
                                          output: output, options: options)

        // The index lists the lessons that were written.
        let written = zip(lessons, built).filter { $0.1.writtenPath != nil }.map(\.0)
        let (indexWritten, folderProblems) = writeIndex(of: written, introduction: introduction, language: language, output: output)
        let pages = unreadable + built
        let worst = pages.map(\.outcome).max() ?? .success
        let outcome = folderProblems.isEmpty ? worst : .badInput
        return SiteReport(outcome: outcome, pages: pages, indexPath: indexWritten,
                          diagnosticsText: DiagnosticFormatter(path: folder, source: "").format(folderProblems))
    }

    /// The notebooks at `paths` that parse, and the reports of those that do not.
    private static func read(_ paths: [String]) -> (notebooks: [Notebook], unreadable: [PageReport]) {
        var notebooks: [Notebook] = []
        var unreadable: [PageReport] = []
        for path in paths {
            do {
                notebooks.append(try NotebookParser.read(contentsOf: path))
            } catch {
                unreadable.append(PageBuilder.report(.badInput, input: path, written: nil, diagnostics: error.diagnostics,
                                                     formatter: PageBuilder.formatter(path: path)))
            }
        }
        return (notebooks, unreadable)
    }

    /// Writes `output/index.html` listing `lessons`: its path, or nil and the problem when it cannot be written.
    private static func writeIndex(of lessons: [Notebook], introduction: Notebook?, language: String?,
                                   output: String) -> (path: String?, problems: [Diagnostic]) {
        let entries = lessons.map { IndexEntry(title: $0.title, description: $0.frontMatter.description,
                                               href: PageBuilder.pageName(for: $0.path)) }
        let index = IndexRenderer().render(lessons: entries, introduction: introduction, language: language)
        let indexPath = URL(fileURLWithPath: output).appendingPathComponent("index.html").path
        do {
            try AtomicFile.write(index.html, to: indexPath)
            return (indexPath, [])
        } catch {
            return (nil, [.error("cannot write '\(indexPath)': \(error.localizedDescription)", at: nil)])
        }
    }

    private static func failure(_ message: String, folder: String) -> SiteReport {
        SiteReport(outcome: .badInput, pages: [], indexPath: nil,
                   diagnosticsText: DiagnosticFormatter(path: folder, source: "").format(.error(message, at: nil)))
    }
}
