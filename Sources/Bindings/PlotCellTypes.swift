import CellLanguage
import Plots

extension Figure: SharedValue {
    /// `Figure`.
    static var cellTypeName: String { "Figure" }
    /// `Figure(Scatter chart: …)`.
    var cellDescription: String { "Figure(\(summary))" }
}

extension FigureGrid: SharedValue {
    /// `FigureGrid`.
    static var cellTypeName: String { "FigureGrid" }
    /// `FigureGrid(…)`.
    var cellDescription: String { "FigureGrid(\(summary))" }
}

extension SVGDocument: SharedValue {
    /// `SVGDocument`.
    static var cellTypeName: String { "SVGDocument" }
    /// `SVGDocument(plot-3f9a0c…, 3512 bytes)`.
    var cellDescription: String { "SVGDocument(\(id), \(svg.utf8.count) bytes)" }
}

extension Color: SharedValue {
    /// `Color`.
    static var cellTypeName: String { "Color" }
}

extension Theme: CellConstant {
    /// `Theme`.
    static var cellTypeName: String { "Theme" }
}

extension Dash: CellConstant {
    /// `Dash`.
    static var cellTypeName: String { "Dash" }
}

extension Marker: CellConstant {
    /// `Marker`.
    static var cellTypeName: String { "Marker" }
}

extension ColorMap: CellConstant {
    /// `ColorMap`.
    static var cellTypeName: String { "ColorMap" }
}

extension LegendPosition: CellConstant {
    /// `LegendPosition`, the library's name (docs/plots.md).
    static var cellTypeName: String { "LegendPosition" }
}

extension AxisScale: CellConstant {
    /// `AxisScale`, the library's name (docs/plots.md).
    static var cellTypeName: String { "AxisScale" }
}

/// The language of a rendered figure's summary, named as cells write it (`.english`, `.italian`).
struct PlotLanguageName: CellConstant {
    let rawValue: String

    /// The language called `rawValue`.
    init?(rawValue: String) {
        guard PlotLanguageName.languages[rawValue] != nil else { return nil }
        self.rawValue = rawValue
    }

    private static var languages: [String: PlotLanguage] {
        Dictionary(uniqueKeysWithValues: PlotLanguage.allCases.map { (String(describing: $0), $0) })
    }

    /// Every language the plots are written in.
    static var allCases: [PlotLanguageName] {
        PlotLanguage.allCases.compactMap { PlotLanguageName(rawValue: String(describing: $0)) }
    }

    /// `PlotLanguage`.
    static var cellTypeName: String { "PlotLanguage" }

    /// The library's language.
    var language: PlotLanguage { PlotLanguageName.languages[rawValue] ?? .english }
}

/// A `color:` argument: a hex or named colour as text (`""` for automatic), or a `Color` (nil for automatic).
protocol ColorArgument: CellConvertible {
    /// The value that means "the next palette colour".
    static var automatic: Self { get }
    /// The colour, or nil for automatic; an error for text naming no colour.
    func color() throws -> Color?
}

extension String: ColorArgument {
    /// `""`.
    static var automatic: String { "" }
    /// The colour the text names.
    func color() throws -> Color? {
        guard !isEmpty else { return nil }
        guard let color = Color(self) else {
            throw NativeError("unknown colour '\(self)': use a hex colour such as \"#FFD700\" or a name such as \"gold\"")
        }
        return color
    }
}

extension Optional: ColorArgument where Wrapped == Color {
    /// `nil`.
    static var automatic: Color? { nil }
    /// The colour itself.
    func color() throws -> Color? { self }
}

/// A group of `bar(categories:groups:)`: `(label: "MLP", values: [100, 97])`.
struct BarGroup: CellConvertible {
    let label: String
    let values: [Double]

    /// `(label: String, values: [Double])`.
    static var cellType: CType {
        .tuple([TupleElement(label: "label", type: .string), TupleElement(label: "values", type: .array(.double))])
    }

    /// The group of a two-element tuple.
    static func fromCell(_ value: Value) throws -> BarGroup {
        guard case .tuple(let elements) = value, elements.count == 2 else { throw internalMismatch(value, cellType) }
        return BarGroup(label: try String.fromCell(elements[0]), values: try [Double].fromCell(elements[1]))
    }

    /// The tuple.
    var cell: Value { .tuple([label.cell, values.cell]) }
}

/// A point of a figure: `(x: 0, y: 0)`.
struct PlotPoint: CellConvertible {
    let x: Double
    let y: Double

    /// `(x: Double, y: Double)`.
    static var cellType: CType {
        .tuple([TupleElement(label: "x", type: .double), TupleElement(label: "y", type: .double)])
    }

    /// The point of a two-element tuple.
    static func fromCell(_ value: Value) throws -> PlotPoint {
        guard case .tuple(let elements) = value, elements.count == 2 else { throw internalMismatch(value, cellType) }
        return PlotPoint(x: try Double.fromCell(elements[0]), y: try Double.fromCell(elements[1]))
    }

    /// The tuple.
    var cell: Value { .tuple([x.cell, y.cell]) }
}
