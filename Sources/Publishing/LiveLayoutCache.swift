import Foundation
import NotebookFormat
import Renderer
import Runner

/// The laid-out data of a live page's groups, kept in the cell cache beside their states: laying out thousands of
/// states is most of the work of a page whose states come from the cache, and a prose edit leaves it unchanged.
enum LiveLayoutCache {
    /// Each group's data as the page holds it: from the cache when the group and everything its drawing depends on
    /// are unchanged, else laid out (and stored). A group taken from the cache without its results has them read
    /// first; nil when they cannot be (then the states must be computed again).
    static func data(_ states: LiveStates, notebook: Notebook, options: RunOptions, cache: CellCache) -> [String?]? {
        var layouts: [String?] = []
        for group in states.groups {
            guard let statesKey = group.cacheKey else {
                layouts.append(nil)
                continue
            }
            let key = self.key(group, statesKey: statesKey, notebook: notebook)
            if let data = cache.loadBlob(key) {
                layouts.append(String(decoding: data, as: UTF8.self))
                continue
            }
            guard let complete = LiveRunner.withResults(group, notebook: notebook, options: options) else { return nil }
            let json = LivePageScript.groupData(complete, notebook: notebook)
            cache.storeBlob(Array(json.utf8), key: key)
            layouts.append(json)
        }
        return layouts
    }

    /// Everything the layout depends on besides the states themselves (covered by `statesKey`): the build, the
    /// cells' whole code with their display options, the page's language, and where needed the notebook's path and
    /// the cells' lines (diagnostics name them) and the cross-references (Markdown the cells show uses them).
    static func key(_ group: LiveStates.Group, statesKey: String, notebook: Notebook) -> String {
        var parts = ["nbrun-live-layout 1", NBRunVersion.buildIdentity, statesKey, notebook.frontMatter.language ?? "",
                     String(notebook.frontMatter.allowsRawHTML)]
        if group.showsDiagnostics {
            parts.append(notebook.path)
            parts += group.cells.map { "line \(notebook.cells[$0].firstLine)" }
        }
        if group.showsMarkdown { parts.append(String(reflecting: notebook.crossReferences)) }
        parts += group.cells.map { notebook.cells[$0].code }
        return SHA256.hex(parts.joined(separator: "\u{1F}"))
    }
}
