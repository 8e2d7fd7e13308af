import Foundation
import NotebookFormat
import Renderer
import Runner

/// The previous/next links of a course's lessons, and their repair once some lessons failed.
enum NeighbourLinks {
    /// The context of lesson `index` among `links`, skipping the lessons in `failed`.
    static func context(of index: Int, links: [PageLink], failed: Set<Int>, courseIndex: PageLink) -> PageContext {
        let before = (0..<index).reversed().first { !failed.contains($0) }
        let after = (index + 1..<links.count).first { !failed.contains($0) }
        return PageContext(index: courseIndex, previous: before.map { links[$0] }, next: after.map { links[$0] })
    }

    /// Rebuilds the written pages whose neighbour failed, so that no page links to a lesson whose page was not
    /// written (a stale page from an earlier build, or none). Failures are rare; only their neighbours run again.
    static func repair(_ reports: [PageReport], lessons: [Notebook], links: [PageLink], courseIndex: PageLink,
                       output: String, options: RunOptions) -> [PageReport] {
        let failed = Set(reports.indices.filter { reports[$0].writtenPath == nil })
        guard !failed.isEmpty else { return reports }
        let stale = reports.indices.filter { index in
            !failed.contains(index) && (failed.contains(index - 1) || failed.contains(index + 1))
        }
        var repaired = reports
        // Pages that fork (checkpoints, live states) are rebuilt one at a time, like in `SiteBuilder`.
        let forks = options.checkpoints != nil || options.live
        let rebuild = { @Sendable (index: Int) -> PageReport in
            let destination = URL(fileURLWithPath: output).appendingPathComponent(links[index].href).path
            return PageBuilder.build(lessons[index], output: destination,
                                     context: context(of: index, links: links, failed: failed, courseIndex: courseIndex),
                                     options: options)
        }
        let rebuilt = forks ? stale.map(rebuild) : ParallelMap.map(stale, rebuild)
        for (index, report) in zip(stale, rebuilt) { repaired[index] = report }
        return repaired
    }
}
