import CellLanguage
import Plots

/// `Figure`, `FigureGrid`, `Color` and `show`: the Plots module for cells.
///
/// ```swift
/// let fig = Figure(title: "Regressione", xLabel: "Superficie", yLabel: "Prezzo", theme: .dark, xLimits: 0...12)
/// fig.scatter(x: xs, y: ys, color: "#FFD700")
/// fig.line(x: [0, 12], y: [0.5, 12.5], color: Color("#90EE90"))
/// show(fig)
/// ```
enum PlotBindings {
    static func install(_ bind: ModuleBinder, state: BindingState, language: PlotLanguage = .english) {
        bind.constants(Theme.self, doc: "The figure's colours: `.light` or `.dark`.")
        bind.constants(Dash.self, doc: "The dash pattern of a line.")
        bind.constants(Marker.self, doc: "The shape drawn at each point.")
        bind.constants(ColorMap.self, doc: "The colour scale of heat maps and contours.")
        bind.constants(LegendPosition.self, doc: "Where the legend goes (`.best`: the corner hiding fewest points).")
        bind.constants(AxisScale.self, doc: "A linear or logarithmic axis.")
        bind.constants(PlotLanguageName.self, doc: "The language of a figure's summary.")
        addColor(bind)
        let figure = bind.type(Shared<Figure>.self, doc: "A chart cells draw on (a shared reference, like matplotlib's).")
        addFigure(figure)
        addColored(figure, String.self)
        addColored(figure, Color?.self)
        addGrids(figure)
        addAxes(figure)
        addGrid(bind)
        addDocument(bind)
        bind.outputAction("show", Param<Figure>(), doc: "Draws a figure into the cell's output.") { call, figure in
            state.figuresShown += 1
            try display(figure.render(idSeed: "fig\(state.figuresShown)", language: language), call)
        }
        bind.outputAction("show", Param<FigureGrid>(), doc: "Draws a grid of figures into the cell's output.") { call, grid in
            state.figuresShown += 1
            try display(grid.render(idSeed: "fig\(state.figuresShown)", language: language), call)
        }
    }

    private static func display(_ document: SVGDocument, _ call: NativeCall) throws {
        call.display(mimeType: "image/svg+xml", content: document.svg, summary: document.summary)
        for warning in document.warnings { try call.write("warning: \(warning)\n") }
    }

    /// `nil` for nil or the empty string, which older cells pass to mean "none".
    private static func text(_ value: String?) -> String? {
        value?.isEmpty == false ? value : nil
    }

    /// `nil` for nil or an empty list.
    private static func list(_ value: [String]?) -> [String]? {
        value?.isEmpty == false ? value : nil
    }

    private static func checkedLimits(_ range: ClosedRange<Double>?) throws -> ClosedRange<Double>? {
        guard let range else { return nil }
        return try limits(range.lowerBound, range.upperBound)
    }

    private static func limits(_ lower: Double, _ upper: Double) throws -> ClosedRange<Double> {
        guard lower.isFinite, upper.isFinite, lower < upper else {
            throw NativeError("axis limits must be finite with the lower below the upper, not \(lower) and \(upper)")
        }
        return lower...upper
    }

    private static func addColor(_ bind: ModuleBinder) {
        let type = bind.type(Color.self, doc: "A colour for `color:` arguments.")
        type.initializer(Param<String>(), doc: "A hex colour (`#rgb`, `#rrggbb`, `#rrggbbaa`) or a name such as `gold`.") { text in
            guard let color = try text.color() else { throw NativeError("Color: the text is empty") }
            return color
        }
        type.initializer(Param<String>("hex"), doc: "A hex colour: `#rgb`, `#rgba`, `#rrggbb` or `#rrggbbaa`.") { hex in
            guard let color = Color(hex: hex) else { throw NativeError("Color(hex:): '\(hex)' is not a hex colour such as \"#FFD700\"") }
            return color
        }
        type.initializer(Param<Double>("red"), Param<Double>("green"), Param<Double>("blue"), Param<Double>("alpha", default: 1),
                         doc: "A colour from components in 0...1.") { Color(red: $0, green: $1, blue: $2, alpha: $3) }
        type.staticFunction("named", Param<String>(), doc: "The colour of a name such as `vermillion` (nil for an unknown name).") {
            Color.named($0)
        }
        type.property("hex", doc: "The colour as `#rrggbb` (opacity aside).") { $0.hex }
        type.property("alpha", doc: "The opacity, 0...1.") { $0.alpha }
        type.method("withAlpha", Param<Double>(), doc: "The colour with another opacity.") { $0.withAlpha($1) }
    }

    private static func addFigure(_ type: TypeBinder<Shared<Figure>>) {
        type.initializer(Param<String?>("title", default: nil), Param<String?>("xLabel", default: nil),
                         Param<String?>("yLabel", default: nil), Param("theme", default: Theme.light),
                         Param<Double>("width", default: 640), Param<Double>("height", default: 420),
                         Param<ClosedRange<Double>?>("xLimits", default: nil), Param<ClosedRange<Double>?>("yLimits", default: nil),
                         Param("xScale", default: AxisScale.linear), Param("yScale", default: AxisScale.linear),
                         Param("grid", default: true), Param("legend", default: LegendPosition.best),
                         doc: "An empty figure (size in SVG pixels; nil limits fit the data).") {
            title, xLabel, yLabel, theme, width, height, xLimits, yLimits, xScale, yScale, grid, legend in
            Shared(Figure(title: text(title), xLabel: text(xLabel), yLabel: text(yLabel), theme: theme, width: width, height: height,
                          xLimits: try checkedLimits(xLimits), yLimits: try checkedLimits(yLimits), xScale: xScale, yScale: yScale,
                          grid: grid, legend: legend))
        }
        addSettings(type)
        type.property("summary", doc: "The plain-language description of the chart (its alt text).") { $0.value.summary }
        type.method("render", Param<String?>("caption", default: nil), Param("idSeed", default: ""),
                    Param("language", default: PlotLanguageName(rawValue: "english")!),
                    doc: "The figure as an SVG document.") { figure, caption, seed, language in
            figure.value.render(caption: text(caption), idSeed: seed, language: language.language)
        }
        type.action("scatter", Param<[Double]>("x"), Param<[Double]>("y"), Param<[Int]>("classes"),
                    Param<[String]?>("classNames", default: nil), doc: "Points coloured by class, one legend entry per class.") {
            $0.value.scatter(x: $1, y: $2, classes: $3, classNames: list($4))
        }
        type.action("bar", Param<[String]>("categories"), Param<[BarGroup]>("groups"), Param("stacked", default: false),
                    Param("horizontal", default: false),
                    doc: "Grouped bars: one series per group, side by side in each category, or stacked on top of each other.") {
            figure, categories, groups, stacked, horizontal in
            figure.value.bar(categories: categories, groups: groups.map { (label: $0.label, values: $0.values) },
                             stacked: stacked, horizontal: horizontal)
        }
    }

    /// The initializer's arguments as settable properties, as the library's `var`s (`fig.title = "…"`); limits and
    /// scales change through `xLimits(_:_:)`, `xScale(_:)` and their y twins (`addAxes`).
    private static func addSettings(_ type: TypeBinder<Shared<Figure>>) {
        type.property("title", doc: "The title drawn above the plot (nil: none).",
                      get: { $0.value.title }, set: { $0.value.title = text($1) })
        type.property("xLabel", doc: "The label under the x axis (nil: none).",
                      get: { $0.value.xLabel }, set: { $0.value.xLabel = text($1) })
        type.property("yLabel", doc: "The label beside the y axis (nil: none).",
                      get: { $0.value.yLabel }, set: { $0.value.yLabel = text($1) })
        type.property("theme", doc: "The colour scheme.", get: { $0.value.theme }, set: { $0.value.theme = $1 })
        type.property("width", doc: "The width in SVG pixels.", get: { $0.value.width }, set: { $0.value.width = $1 })
        type.property("height", doc: "The height in SVG pixels.", get: { $0.value.height }, set: { $0.value.height = $1 })
        type.property("grid", doc: "Whether grid lines are drawn at the ticks.", get: { $0.value.grid }, set: { $0.value.grid = $1 })
        type.property("legend", doc: "Where the legend goes.", get: { $0.value.legend }, set: { $0.value.legend = $1 })
    }

    /// The series that take a `color:`, for colours given as text or as `Color`.
    private static func addColored<C: ColorArgument>(_ type: TypeBinder<Shared<Figure>>, _ color: C.Type) {
        let x = Param<[Double]>("x"), y = Param<[Double]>("y"), tint = Param("color", default: C.automatic)
        let label = Param<String?>("label", default: nil)
        type.action("scatter", x, y, tint, label, Param<Double>("size", default: 6), Param<Double>("opacity", default: 1),
                    Param("marker", default: Marker.circle), doc: "Points drawn as markers (`size`: diameter in pixels).") {
            figure, x, y, color, label, size, opacity, marker in
            figure.value.scatter(x: x, y: y, color: try color.color(), label: text(label), size: size, opacity: opacity, marker: marker)
        }
        type.action("line", x, y, tint, Param<Double>("width", default: 2), Param("dash", default: Dash.solid),
                    Param("marker", default: Marker.none), Param<Double>("markerSize", default: 6), label,
                    doc: "A line through the points.") { figure, x, y, color, width, dash, marker, markerSize, label in
            figure.value.line(x: x, y: y, color: try color.color(), width: width, dash: dash, marker: marker, markerSize: markerSize,
                              label: text(label))
        }
        type.action("line", y, tint, Param<Double>("width", default: 2), Param("dash", default: Dash.solid),
                    Param("marker", default: Marker.none), label, doc: "A line through y at x = 0, 1, 2, …") {
            figure, y, color, width, dash, marker, label in
            figure.value.line(y: y, color: try color.color(), width: width, dash: dash, marker: marker, label: text(label))
        }
        type.action("bar", Param<[String]>("categories"), Param<[Double]>("values"), tint, label, Param("horizontal", default: false),
                    doc: "One bar per category; several bar series are grouped side by side.") {
            figure, categories, values, color, label, horizontal in
            figure.value.bar(categories: categories, values: values, color: try color.color(), label: text(label), horizontal: horizontal)
        }
        type.action("histogram", Param<[Double]>(), Param("bins", default: 0), tint, Param("density", default: false), label,
                    doc: "A histogram (`bins: 0` chooses the count by Sturges' rule).") { figure, values, bins, color, density, label in
            guard bins >= 0 else { throw NativeError("bins must be positive, not \(bins)") }
            figure.value.histogram(values, bins: bins == 0 ? nil : bins, color: try color.color(), density: density, label: text(label))
        }
        type.action("annotate", Param<String>(), Param<Double>("x"), Param<Double>("y"), tint,
                    Param<PlotPoint?>("arrowTo", default: nil), doc: "A text note at a data position, with an optional arrow.") {
            figure, note, x, y, color, arrow in
            figure.value.annotate(note, x: x, y: y, color: try color.color(), arrowTo: arrow.map { (x: $0.x, y: $0.y) })
        }
    }

    /// Heat maps, contours and decision regions.
    private static func addGrids(_ type: TypeBinder<Shared<Figure>>) {
        let colorMap = Param("colorMap", default: ColorMap.viridis), barLabel = Param<String?>("colorBarLabel", default: nil)
        type.action("heatmap", Param<[[Double]]>(), Param<[String]?>("xLabels", default: nil), Param<[String]?>("yLabels", default: nil),
                    Param("showValues", default: false), colorMap, Param<ClosedRange<Double>?>("range", default: nil), barLabel,
                    doc: "A heat map of `matrix[row][column]` (row 0 on top) with a colour bar.") {
            figure, matrix, xLabels, yLabels, showValues, colorMap, range, barLabel in
            figure.value.heatmap(matrix, xLabels: list(xLabels), yLabels: list(yLabels), showValues: showValues, colorMap: colorMap,
                                 range: range, colorBarLabel: text(barLabel))
        }
        type.action("contour", Param<[Double]>("x"), Param<[Double]>("y"), Param<[[Double]]>("z"), Param("levels", default: 10),
                    colorMap, barLabel, doc: "Filled contours of `z[row][column]` at `x[column]`, `y[row]`.") {
            figure, x, y, z, levels, colorMap, barLabel in
            figure.value.contour(x: x, y: y, z: z, levels: levels, colorMap: colorMap, colorBarLabel: text(barLabel))
        }
        type.action("decisionRegions", Param<[Double]>("x"), Param<[Double]>("y"), Param<[[Int]]>("classes"),
                    Param<[String]?>("classNames", default: nil), doc: "A classifier's predicted class over a grid, as pale tints.") {
            $0.value.decisionRegions(x: $1, y: $2, classes: $3, classNames: list($4))
        }
    }

    private static func addAxes(_ type: TypeBinder<Shared<Figure>>) {
        type.action("xLimits", Param<Double>(), Param<Double>(), doc: "Fixes the x range.") { $0.value.xLimits = try limits($1, $2) }
        type.action("yLimits", Param<Double>(), Param<Double>(), doc: "Fixes the y range.") { $0.value.yLimits = try limits($1, $2) }
        type.action("xScale", Param<AxisScale>(), doc: "Makes the x axis linear or logarithmic.") { $0.value.xScale = $1 }
        type.action("yScale", Param<AxisScale>(), doc: "Makes the y axis linear or logarithmic.") { $0.value.yScale = $1 }
    }

    private static func addGrid(_ bind: ModuleBinder) {
        let type = bind.type(Shared<FigureGrid>.self, doc: "Figures side by side, filling rows left to right.")
        type.initializer(Param<String?>("title", default: nil), Param("columns", default: 2), Param("theme", default: Theme.light),
                         doc: "An empty grid.") { title, columns, theme in
            guard columns >= 1 else { throw NativeError("a figure grid needs at least 1 column, not \(columns)") }
            return Shared(FigureGrid(title: text(title), columns: columns, theme: theme))
        }
        type.action("add", Param<Figure>(), doc: "Appends a copy of a figure as the next panel.") { $0.value.add($1) }
        type.action("set", Param<Int>("row"), Param<Int>("column"), Param<Figure>("to"),
                    doc: "Puts a copy of a figure at a panel (`grid[row, column] = figure`).") { try place($3, in: $0, at: [$1, $2]) }
        // Set-only, as the library's: a panel read back would be a copy whose changes are lost. The selection is the
        // panel's coordinates.
        type.subscriptSetter(Param<Int>(), Param<Int>(), value: Figure.self,
                             doc: "Puts a copy of a figure at a panel, as `set(row:column:to:)`.",
                             get: { _, row, column in [row, column] }) { grid, figure, panel in try place(figure, in: grid, at: try panel(grid)) }
        type.property("summary", doc: "The plain-language description of the grid.") { $0.value.summary }
        type.method("render", Param<String?>("caption", default: nil), Param("idSeed", default: ""),
                    Param("language", default: PlotLanguageName(rawValue: "english")!), doc: "The grid as an SVG document.") {
            grid, caption, seed, language in
            grid.value.render(caption: text(caption), idSeed: seed, language: language.language)
        }
    }

    /// Puts a copy of `figure` at the panel `[row, column]`, refusing a panel outside the grid's columns.
    private static func place(_ figure: Figure, in grid: Shared<FigureGrid>, at panel: [Int]) throws {
        let (row, column) = (panel[0], panel[1])
        guard row >= 0, column >= 0, column < grid.value.columns else {
            throw NativeError("the panel (\(row), \(column)) is outside a grid of \(grid.value.columns) columns")
        }
        grid.value[row, column] = figure
    }

    private static func addDocument(_ bind: ModuleBinder) {
        let type = bind.type(SVGDocument.self, doc: "A rendered figure.")
        type.property("svg", doc: "The `<svg>` element.") { $0.svg }
        type.property("warnings", doc: "Data skipped while rendering (non-finite values, empty series).") { $0.warnings }
        type.property("summary", doc: "The plain-language description (alt text).") { $0.summary }
        type.property("id", doc: "The root element's id, from the content.") { $0.id }
    }
}
