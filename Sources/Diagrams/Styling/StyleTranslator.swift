/// Translates mermaid shapes and CSS-like styles into Graphviz attributes.
struct StyleTranslator {
    /// Decides whether a colour name is known (Graphviz's colour table).
    let isKnownColorName: (String) -> Bool

    /// Attributes of a node with the given shape and merged style.
    func nodeAttributes(shape: NodeShape, style: StyleDeclaration) throws(MermaidError) -> [(String, String)] {
        var attributes: [(String, String)] = []
        var styles = ["filled"]
        switch shape {
        case .rectangle: attributes.append(("shape", "box"))
        case .rounded: attributes.append(("shape", "box")); styles.append("rounded")
        case .stadium:
            // Drawn as a pill by NodeOutlineRefiner.
            attributes += [("shape", "box"), ("margin", "0.24,0.09")]
        case .subroutine:
            // The inner bars are drawn by NodeOutlineRefiner; leave room for them.
            attributes += [("shape", "box"), ("margin", "0.3,0.09")]
        case .cylinder: attributes.append(("shape", "cylinder"))
        case .circle: attributes.append(("shape", "circle"))
        case .doubleCircle: attributes.append(("shape", "doublecircle"))
        case .diamond: attributes.append(("shape", "diamond"))
        case .hexagon: attributes.append(("shape", "hexagon"))
        case .asymmetric:
            // The notched outline is drawn by NodeOutlineRefiner; leave room for the notch.
            attributes += [("shape", "box"), ("margin", "0.3,0.09")]
        case .parallelogram: attributes.append(("shape", "parallelogram"))
        case .parallelogramAlt:
            attributes += [("shape", "polygon"), ("sides", "4"), ("skew", "-0.6")]
        case .trapezoid: attributes.append(("shape", "trapezium"))
        case .trapezoidAlt: attributes.append(("shape", "invtrapezium"))
        }
        try appendBoxStyle(style, to: &attributes, styles: &styles)
        attributes.append(("style", styles.joined(separator: ",")))
        return attributes
    }

    /// Attributes of a subgraph box with the given merged style.
    func subgraphAttributes(_ style: StyleDeclaration) throws(MermaidError) -> [(String, String)] {
        var attributes: [(String, String)] = []
        var styles = ["filled"]
        try appendBoxStyle(style, to: &attributes, styles: &styles)
        attributes.append(("style", styles.joined(separator: ",")))
        return attributes
    }

    /// Attributes of a link; a `reversed` link is given to Graphviz head first, so its markers swap ends.
    func edgeAttributes(_ edge: FlowEdge, reversed: Bool = false) throws(MermaidError) -> [(String, String)] {
        var attributes: [(String, String)] = []
        switch edge.stroke {
        case .solid: break
        case .dotted: attributes.append(("style", "dashed"))
        case .thick: attributes.append(("penwidth", "3"))
        case .invisible: attributes.append(("style", "invis"))
        }
        let (tailMarker, headMarker) = reversed ? (edge.endHead, edge.startHead) : (edge.startHead, edge.endHead)
        switch (tailMarker != .none, headMarker != .none) {
        case (true, true): attributes.append(("dir", "both"))
        case (true, false): attributes.append(("dir", "back"))
        case (false, true): attributes.append(("dir", "forward"))
        case (false, false): attributes.append(("dir", "none"))
        }
        attributes.append(("arrowtail", Self.arrow(tailMarker)))
        attributes.append(("arrowhead", Self.arrow(headMarker)))
        if edge.length > 1 { attributes.append(("minlen", String(edge.length))) }
        if let stroke = edge.style.property("stroke") { attributes.append(("color", try color(stroke))) }
        if let width = edge.style.property("stroke-width") { attributes.append(("penwidth", try length(width))) }
        if let text = edge.style.property("color") { attributes.append(("fontcolor", try color(text))) }
        if let dash = edge.style.value("stroke-dasharray"), edge.stroke != .invisible {
            attributes.append(("style", Self.isDashed(dash) ? "dashed" : "solid"))
        }
        return attributes
    }

    private func appendBoxStyle(
        _ style: StyleDeclaration, to attributes: inout [(String, String)], styles: inout [String]
    ) throws(MermaidError) {
        if let fill = style.property("fill") { attributes.append(("fillcolor", try color(fill))) }
        if let stroke = style.property("stroke") { attributes.append(("color", try color(stroke))) }
        if let width = style.property("stroke-width") { attributes.append(("penwidth", try length(width))) }
        if let text = style.property("color") { attributes.append(("fontcolor", try color(text))) }
        if let dash = style.value("stroke-dasharray"), Self.isDashed(dash) { styles.append("dashed") }
        if let size = style.property("font-size") {
            let points = Double(try length(size)) ?? Theme.mermaidFontSize
            let scaled = (points / Theme.mermaidFontSize * Theme.fontSize * 100).rounded() / 100
            attributes.append(("fontsize", GraphvizRenderer.number(scaled)))
        }
        let weight = style.value("font-weight")?.lowercased() ?? ""
        let isBold = weight == "bold" || weight == "bolder" || (Int(weight) ?? 400) >= 600
        let fontStyle = style.value("font-style")?.lowercased() ?? ""
        let isItalic = fontStyle == "italic" || fontStyle == "oblique"
        if isBold || isItalic {
            let suffix = isBold && isItalic ? "-BoldOblique" : isBold ? "-Bold" : "-Oblique"
            attributes.append(("fontname", Theme.measuringFont + suffix))
        }
    }

    private func color(_ property: StyleDeclaration.Property) throws(MermaidError) -> String {
        guard let value = ColorValue.graphvizColor(property.value, isKnownName: isKnownColorName) else {
            throw MermaidError(
                line: property.line, message: "'\(property.value)' is not a colour (in '\(property.name):\(property.value)')")
        }
        return value
    }

    private func length(_ property: StyleDeclaration.Property) throws(MermaidError) -> String {
        var text = property.value.trimmingWhitespace().lowercased()
        for unit in ["px", "pt"] where text.hasSuffix(unit) { text = String(text.dropLast(unit.count)) }
        guard let number = Double(text), number.isFinite, number >= 0 else {
            throw MermaidError(
                line: property.line,
                message: "'\(property.value)' is not a length (in '\(property.name):\(property.value)')")
        }
        return GraphvizRenderer.number(number)
    }

    private static func isDashed(_ dash: String) -> Bool {
        let trimmed = dash.trimmingWhitespace().lowercased()
        return !(trimmed == "none" || trimmed == "0" || trimmed.isEmpty)
    }

    private static func arrow(_ head: ArrowHead) -> String {
        switch head {
        case .none: "none"
        case .arrow: "normal"
        case .circle: "dot"
        case .cross: "tee"
        }
    }
}
