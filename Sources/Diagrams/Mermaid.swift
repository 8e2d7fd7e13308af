/// Draws mermaid flowcharts as inline SVG, laid out by Graphviz.
public enum Mermaid {
    /// The inline SVG for a mermaid flowchart (`flowchart`/`graph`); throws ``MermaidError`` with a
    /// line relative to the first line of `source` when the diagram cannot be drawn.
    ///
    /// Safe to call from several threads: Graphviz calls are serialised behind one lock.
    public static func svg(from source: String, options: DiagramOptions = DiagramOptions()) throws(MermaidError) -> String {
        let chart = try FlowchartParser.parse(source)
        let plan = LayoutPlan(chart)
        let prefix = options.idPrefix.map(sanitizedIDPrefix) ?? "mmd-" + StableHash.hex(source).prefix(10)
        do {
            let raw = try GraphvizRenderer(chart: chart, plan: plan).renderSVG()
            let processor = SVGPostProcessor(
                idPrefix: prefix, title: AltText.title(for: chart, prefix: options.altTextPrefix),
                description: chart.accessibleDescription)
            return try processor.process(raw)
        } catch let error as MermaidError {
            throw error
        } catch {
            throw MermaidError(line: 1, message: "could not draw the diagram: \(error)")
        }
    }

    /// `prefix` reduced to characters that are safe in an XML id (letters, digits, `-`, `_`), starting with a letter.
    static func sanitizedIDPrefix(_ prefix: String) -> String {
        var result = String(prefix.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") ? $0 : "-" })
        if result.first.map({ !$0.isLetter }) ?? true { result = "d" + result }
        return result
    }
}
