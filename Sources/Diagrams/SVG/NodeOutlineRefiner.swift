/// Redraws the outlines of mermaid shapes Graphviz has no equivalent for, using the box Graphviz laid
/// out: a stadium becomes a pill (`rect` with round ends), a subroutine gets its two inner bars, an
/// asymmetric node gets its notched left side.
enum NodeOutlineRefiner {
    /// `svg` with the outlines of `shape_stadium`, `shape_subroutine` and `shape_asymmetric` nodes redrawn.
    static func refine(_ svg: String) -> String {
        var output = ""
        var rest = Substring(svg)
        while let group = rest.range(of: "class=\"node shape_") {
            output += rest[..<group.upperBound]
            rest = rest[group.upperBound...]
            let shape = String(rest.prefix { $0.isLetter })
            guard ["stadium", "subroutine", "asymmetric"].contains(shape),
                let element = firstOutline(in: rest)
            else { continue }
            output += rest[..<element.range.lowerBound]
            output += redraw(shape: shape, attributes: element.attributes, box: element.box)
            rest = rest[element.range.upperBound...]
        }
        output += rest
        return output
    }

    /// A bounding box in SVG coordinates.
    struct Box: Equatable {
        var minX: Double
        var minY: Double
        var maxX: Double
        var maxY: Double
        var width: Double { maxX - minX }
        var height: Double { maxY - minY }
    }

    /// The first `<path>` or `<polygon>` in `text` (before the group ends): its range, the attributes
    /// before its geometry, and the bounding box of its coordinates.
    private static func firstOutline(
        in text: Substring
    ) -> (range: Range<Substring.Index>, attributes: String, box: Box)? {
        let groupEnd = text.range(of: "</g>")?.lowerBound ?? text.endIndex
        let scope = text[..<groupEnd]
        let path = scope.range(of: "<path ")
        let polygon = scope.range(of: "<polygon ")
        let start: Range<Substring.Index>
        let geometryKey: String
        switch (path, polygon) {
        case (let p?, let q?): (start, geometryKey) = p.lowerBound < q.lowerBound ? (p, " d=\"") : (q, " points=\"")
        case (let p?, nil): (start, geometryKey) = (p, " d=\"")
        case (nil, let q?): (start, geometryKey) = (q, " points=\"")
        case (nil, nil): return nil
        }
        guard let end = scope[start.upperBound...].range(of: "/>"),
            let geometry = scope[start.upperBound..<end.lowerBound].range(of: geometryKey)
        else { return nil }
        let attributes = String(scope[start.upperBound..<geometry.lowerBound])
        let numbers = scope[geometry.upperBound..<end.lowerBound]
            .split(whereSeparator: { !"0123456789.-".contains($0) })
            .compactMap { Double($0) }
        guard numbers.count >= 4 else { return nil }
        var box = Box(minX: .infinity, minY: .infinity, maxX: -.infinity, maxY: -.infinity)
        for pair in stride(from: 0, to: numbers.count - 1, by: 2) {
            box.minX = min(box.minX, numbers[pair])
            box.maxX = max(box.maxX, numbers[pair])
            box.minY = min(box.minY, numbers[pair + 1])
            box.maxY = max(box.maxY, numbers[pair + 1])
        }
        return (start.lowerBound..<end.upperBound, attributes, box)
    }

    /// The SVG for one refined outline; `attributes` are the paint attributes Graphviz wrote.
    static func redraw(shape: String, attributes: String, box: Box) -> String {
        let paint = attributes.trimmingWhitespace()
        switch shape {
        case "stadium":
            let radius = box.height / 2
            return "<rect \(paint) x=\"\(format(box.minX))\" y=\"\(format(box.minY))\" width=\"\(format(box.width))\""
                + " height=\"\(format(box.height))\" rx=\"\(format(radius))\" ry=\"\(format(radius))\"/>"
        case "subroutine":
            let inset = min(8, box.width / 4)
            let outline = "<polygon \(paint) points=\"\(points([(box.minX, box.minY), (box.maxX, box.minY), (box.maxX, box.maxY), (box.minX, box.maxY), (box.minX, box.minY)]))\"/>"
            let bars = [box.minX + inset, box.maxX - inset].map { x in
                "<polyline \(paint.replacingFill()) points=\"\(points([(x, box.minY), (x, box.maxY)]))\"/>"
            }
            return outline + "\n" + bars.joined(separator: "\n")
        default:
            let notch = box.height / 2
            let middle = (box.minY + box.maxY) / 2
            return "<polygon \(paint) points=\"\(points([(box.minX, box.minY), (box.maxX, box.minY), (box.maxX, box.maxY), (box.minX, box.maxY), (box.minX + notch, middle), (box.minX, box.minY)]))\"/>"
        }
    }

    private static func points(_ list: [(Double, Double)]) -> String {
        list.map { "\(format($0.0)),\(format($0.1))" }.joined(separator: " ")
    }

    /// A coordinate with at most two decimals and no trailing zeros.
    static func format(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = abs(hundredths)
        let whole = magnitude / 100
        let fraction = magnitude % 100
        if fraction == 0 { return "\(sign)\(whole)" }
        if fraction % 10 == 0 { return "\(sign)\(whole).\(fraction / 10)" }
        return "\(sign)\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}

extension String {
    /// These SVG paint attributes with the fill removed (for lines drawn over a filled shape).
    fileprivate func replacingFill() -> String {
        guard let start = range(of: "fill=\"") else { return self }
        guard let end = self[start.upperBound...].firstIndex(of: "\"") else { return self }
        return String(self[..<start.lowerBound]) + "fill=\"none\"" + String(self[index(after: end)...])
    }
}
