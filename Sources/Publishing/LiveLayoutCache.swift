import Foundation
import NotebookFormat
import Renderer
import Runner

/// The laid-out data of a live page's groups, kept in the cell cache beside their states: laying out thousands of
/// states is most of the work of a page whose states come from the cache, and a prose edit leaves it unchanged.
enum LiveLayoutCache {
    /// The group's data as the page holds it: from the cache when the group and everything its drawing depends on
    /// are unchanged, else laid out (and stored); nil for a group not cached.
    static func data(_ group: LiveStates.Group, notebook: Notebook, cache: CellCache) -> String? {
        guard let statesKey = group.cacheKey else { return nil }
        let key = self.key(group, statesKey: statesKey, notebook: notebook)
        if let data = cache.loadBlob(key) { return String(decoding: data, as: UTF8.self) }
        let json = LivePageScript.groupData(group, notebook: notebook)
        cache.storeBlob(Array(json.utf8), key: key)
        return json
    }

    /// Everything the layout depends on besides the states themselves (covered by `statesKey`): the build, the
    /// cells' whole code with their display options, the page's language, and where needed the notebook's path and
    /// the cells' lines (diagnostics name them) and the cross-references (Markdown the cells show uses them).
    static func key(_ group: LiveStates.Group, statesKey: String, notebook: Notebook) -> String {
        var parts = ["nbrun-live-layout 1", NBRunVersion.buildIdentity, statesKey, notebook.frontMatter.language ?? "",
                     String(notebook.frontMatter.allowsRawHTML)]
        let results = group.results.joined()
        if results.contains(where: { !$0.diagnostics.isEmpty }) {
            parts.append(notebook.path)
            parts += group.cells.map { "line \(notebook.cells[$0].firstLine)" }
        }
        let showsMarkdown = results.contains { result in
            result.outputs.contains { if case .markdown = $0 { return true } else { return false } }
        }
        if showsMarkdown { parts.append(String(reflecting: notebook.crossReferences)) }
        parts += group.cells.map { notebook.cells[$0].code }
        return SHA256.hex(parts.joined(separator: "\u{1F}"))
    }
}
