/// Subplots: figures arranged in a grid of rows and columns, rendered as one SVG.
public struct FigureGrid: Sendable {
    /// Overall title above the panels.
    public var title: String?
    /// Number of columns; panels fill rows left to right.
    public var columns: Int
    /// Background theme of the area around the panels.
    public var theme: Theme
    /// The panels in reading order.
    public var figures: [Figure]

    /// Creates a grid with `columns` columns holding `figures` in reading order.
    public init(title: String? = nil, columns: Int = 2, theme: Theme = .light, figures: [Figure] = []) {
        self.title = title
        self.columns = columns
        self.theme = theme
        self.figures = figures
    }

    /// Appends a panel.
    public mutating func add(_ figure: Figure) {
        figures.append(figure)
    }

    /// The panel at `row`, `column`, or nil if there is none; setting past the end fills the gap with blank
    /// panels (figures with no title, labels, series or notes are left blank when the grid renders).
    public subscript(row: Int, column: Int) -> Figure? {
        get {
            let i = row * max(1, columns) + column
            return row >= 0 && column >= 0 && column < max(1, columns) && i < figures.count ? figures[i] : nil
        }
        set {
            guard row >= 0, column >= 0, column < max(1, columns) else { return }
            let i = row * max(1, columns) + column
            let filler = Figure(theme: theme, width: newValue?.width ?? 640, height: newValue?.height ?? 420)
            while figures.count <= i { figures.append(filler) }
            figures[i] = newValue ?? filler
        }
    }

    /// Number of rows the panels fill.
    public var rows: Int {
        let c = max(1, columns)
        return (figures.count + c - 1) / c
    }

    /// A description for screen readers: the title and each panel's summary.
    public var summary: String { summary(in: .english) }

    /// The description for screen readers in `language`.
    public func summary(in language: PlotLanguage) -> String {
        var text = language.gridSentence(charts: figures.count, rows: rows)
        text += title.map { ": \($0)." } ?? "."
        for (i, f) in figures.enumerated() { text += " \(language.panel(i + 1)): \(f.summary(in: language))" }
        return text
    }

    /// Whether a panel has nothing to show (a gap filler).
    static func isBlank(_ figure: Figure) -> Bool {
        figure.series.isEmpty && figure.annotations.isEmpty && figure.title == nil && figure.xLabel == nil
            && figure.yLabel == nil
    }

    /// Renders all panels into one SVG (each panel keeps its own size; cells take the largest one).
    public func render(caption: String? = nil, idSeed: String = "", language: PlotLanguage = .english) -> SVGDocument {
        let c = max(1, columns)
        let sizes = figures.map { FigureRenderer.clampedSize(width: $0.width, height: $0.height) }
        let cellWidth = sizes.map(\.width).max() ?? 320
        let cellHeight = sizes.map(\.height).max() ?? 240
        let top = title != nil ? 40.0 : 0
        let width = cellWidth * Double(min(c, max(1, figures.count)))
        let height = top + cellHeight * Double(max(1, rows))
        return SVGDocument.make(title: title, caption: caption, summary: summary(in: language), width: width, height: height,
                                idSeed: idSeed) { out, idToken in
            var warnings: [String] = []
            if columns < 1 { warnings.append("grid columns must be at least 1; used 1") }
            if figures.isEmpty { warnings.append("the grid has no panels") }
            out += "<rect width=\"\(SVGNumber.format(width))\" height=\"\(SVGNumber.format(height))\" fill=\"\(theme.background)\"/>\n"
            if let title {
                out += "<text x=\"\(SVGNumber.format(width / 2))\" y=\"27\" text-anchor=\"middle\" font-size=\"18\""
                out += " font-weight=\"600\" fill=\"\(theme.foreground)\">\(XMLEscaping.escape(title))</text>\n"
            }
            for (i, figure) in figures.enumerated() where !FigureGrid.isBlank(figure) {
                let x = Double(i % c) * cellWidth + (cellWidth - sizes[i].width) / 2
                let y = top + Double(i / c) * cellHeight + (cellHeight - sizes[i].height) / 2
                out += "<g transform=\"translate(\(SVGNumber.format(x)) \(SVGNumber.format(y)))\">\n"
                var renderer = FigureRenderer(figure: figure, idToken: idToken + "-p\(i)")
                renderer.render(into: &out)
                out += "</g>\n"
                warnings += renderer.warnings.map { "panel \(i + 1): \($0)" }
            }
            return warnings
        }
    }
}
