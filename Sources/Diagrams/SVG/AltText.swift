/// The accessible title of a diagram: its links in words (`Diagramma: A → B (sì), B → C`).
enum AltText {
    /// How many links are spelled out before the title is cut short with `…`.
    static let maximumLinks = 40

    /// The title for `chart`, starting with `prefix`.
    static func title(for chart: Flowchart, prefix: String) -> String {
        if !chart.accessibleTitle.isEmpty { return "\(prefix): \(chart.accessibleTitle)" }
        func name(_ id: String) -> String {
            if let node = chart.node(id) { return LabelText.singleLine(node.label) }
            if let subgraph = chart.subgraph(id) { return LabelText.singleLine(subgraph.title) }
            return id
        }
        var parts: [String] = []
        let visible = chart.edges.filter { $0.stroke != .invisible }
        for edge in visible.prefix(maximumLinks) {
            var part = "\(name(edge.from)) \(edge.startHead == .none ? "" : "←")→ \(name(edge.to))"
            if edge.endHead == .none && edge.startHead == .none { part = "\(name(edge.from)) — \(name(edge.to))" }
            if !edge.label.isEmpty { part += " (\(LabelText.singleLine(edge.label)))" }
            parts.append(part)
        }
        if visible.count > maximumLinks { parts.append("…") }
        let linked = Set(chart.edges.flatMap { [$0.from, $0.to] })
        let unlinked = chart.nodes.filter { !linked.contains($0.id) }.map { LabelText.singleLine($0.label) }
        var text = chart.title.isEmpty ? "" : "\(chart.title). "
        text += parts.joined(separator: ", ")
        if !unlinked.isEmpty {
            if !parts.isEmpty { text += "; " }
            text += unlinked.prefix(maximumLinks).joined(separator: ", ")
            if unlinked.count > maximumLinks { text += ", …" }
        }
        return "\(prefix): \(text)"
    }
}
