import CellLanguage
import Plots

/// `Figure`, `FigureGrid` and `show`: the Plots module for cells.
///
/// ```swift
/// let fig = Figure(title: "Regressione", xLabel: "Superficie", yLabel: "Prezzo", theme: .dark)
/// fig.scatter(x: xs, y: ys, color: "#FFD700")
/// fig.line(x: [0, 12], y: [0.5, 12.5], color: "#90EE90")
/// fig.xLimits(0, 12)
/// show(fig)
/// ```
enum PlotBindings {
    /// A figure as cells hold it: one shared, mutable figure (a class, like matplotlib's).
    final class FigureBox: CustomStringConvertible {
        var figure: Figure
        init(_ figure: Figure) { self.figure = figure }
        var description: String { "Figure(\(figure.summary))" }
    }

    /// A grid of subplots as cells hold it.
    final class GridBox: CustomStringConvertible {
        var grid: FigureGrid
        init(_ grid: FigureGrid) { self.grid = grid }
        var description: String { "FigureGrid(\(grid.summary))" }
    }

    static func install(in interpreter: Interpreter, state: BindingState, language: PlotLanguage = .english) {
        interpreter.registerConstants("Theme", cases: Theme.allCases.map(\.rawValue))
        interpreter.registerConstants("Dash", cases: Dash.allCases.map(\.rawValue))
        interpreter.registerConstants("Marker", cases: Marker.allCases.map(\.rawValue))
        interpreter.registerConstants("ColorMap", cases: ColorMap.allCases.map(\.rawValue))
        interpreter.registerConstants("Legend", cases: LegendPosition.allCases.map(\.rawValue))
        interpreter.registerConstants("Scale", cases: AxisScale.allCases.map(\.rawValue))
        interpreter.register(figureType())
        interpreter.register(gridType())
        interpreter.register(NativeFunction("show", parameters: [NativeParameter(nil, .native("Figure"))]) { call in
            state.figuresShown += 1
            let document = try call.object(0, as: FigureBox.self).figure.render(idSeed: "fig\(state.figuresShown)", language: language)
            call.display(mimeType: "image/svg+xml", content: document.svg, summary: document.summary)
            for warning in document.warnings { try call.write("warning: \(warning)\n") }
            return .void
        })
        interpreter.register(NativeFunction("show", parameters: [NativeParameter(nil, .native("FigureGrid"))]) { call in
            state.figuresShown += 1
            let document = try call.object(0, as: GridBox.self).grid.render(idSeed: "fig\(state.figuresShown)", language: language)
            call.display(mimeType: "image/svg+xml", content: document.svg, summary: document.summary)
            for warning in document.warnings { try call.write("warning: \(warning)\n") }
            return .void
        })
    }

    private static func figureType() -> NativeType {
        let type = NativeType(name: "Figure")
        type.addInitializer(parameters: [
            NativeParameter("title", .string, default: .string("")),
            NativeParameter("xLabel", .string, default: .string("")),
            NativeParameter("yLabel", .string, default: .string("")),
            NativeParameter("theme", .constants("Theme"), default: .constant("Theme", "light")),
            NativeParameter("width", .double, default: .double(640)),
            NativeParameter("height", .double, default: .double(420)),
            NativeParameter("grid", .bool, default: .bool(true)),
            NativeParameter("legend", .constants("Legend"), default: .constant("Legend", "best")),
        ]) { call in
            let figure = Figure(title: optional(try call.string(0)), xLabel: optional(try call.string(1)),
                                yLabel: optional(try call.string(2)), theme: Theme(rawValue: try call.constant(3)) ?? .light,
                                width: try call.double(4), height: try call.double(5), grid: try call.bool(6),
                                legend: LegendPosition(rawValue: try call.constant(7)) ?? .best)
            return .native(FigureBox(figure))
        }
        func figure(_ call: NativeCall) throws -> FigureBox { try call.receiver(as: FigureBox.self) }
        type.addMethod("scatter", parameters: [
            NativeParameter("x", .array(.double)), NativeParameter("y", .array(.double)),
            NativeParameter("color", .string, default: .string("")), NativeParameter("label", .string, default: .string("")),
            NativeParameter("size", .double, default: .double(6)), NativeParameter("opacity", .double, default: .double(1)),
            NativeParameter("marker", .constants("Marker"), default: .constant("Marker", "circle")),
        ]) { call in
            try figure(call).figure.scatter(x: try call.doubles(0), y: try call.doubles(1), color: try color(call, 2),
                                            label: optional(try call.string(3)), size: try call.double(4),
                                            opacity: try call.double(5), marker: Marker(rawValue: try call.constant(6)) ?? .circle)
            return .void
        }
        type.addMethod("scatter", parameters: [
            NativeParameter("x", .array(.double)), NativeParameter("y", .array(.double)),
            NativeParameter("classes", .array(.int)), NativeParameter("classNames", .array(.string), default: .array([])),
        ]) { call in
            let names = try call.strings(3)
            try figure(call).figure.scatter(x: try call.doubles(0), y: try call.doubles(1), classes: try call.ints(2),
                                            classNames: names.isEmpty ? nil : names)
            return .void
        }
        type.addMethod("line", parameters: [
            NativeParameter("x", .array(.double)), NativeParameter("y", .array(.double)),
            NativeParameter("color", .string, default: .string("")), NativeParameter("width", .double, default: .double(2)),
            NativeParameter("dash", .constants("Dash"), default: .constant("Dash", "solid")),
            NativeParameter("marker", .constants("Marker"), default: .constant("Marker", "none")),
            NativeParameter("label", .string, default: .string("")),
        ]) { call in
            try figure(call).figure.line(x: try call.doubles(0), y: try call.doubles(1), color: try color(call, 2),
                                         width: try call.double(3), dash: Dash(rawValue: try call.constant(4)) ?? .solid,
                                         marker: Marker(rawValue: try call.constant(5)) ?? .none,
                                         label: optional(try call.string(6)))
            return .void
        }
        type.addMethod("line", parameters: [
            NativeParameter("y", .array(.double)),
            NativeParameter("color", .string, default: .string("")), NativeParameter("width", .double, default: .double(2)),
            NativeParameter("dash", .constants("Dash"), default: .constant("Dash", "solid")),
            NativeParameter("label", .string, default: .string("")),
        ]) { call in
            try figure(call).figure.line(y: try call.doubles(0), color: try color(call, 1), width: try call.double(2),
                                         dash: Dash(rawValue: try call.constant(3)) ?? .solid, label: optional(try call.string(4)))
            return .void
        }
        type.addMethod("bar", parameters: [
            NativeParameter("categories", .array(.string)), NativeParameter("values", .array(.double)),
            NativeParameter("color", .string, default: .string("")), NativeParameter("label", .string, default: .string("")),
            NativeParameter("horizontal", .bool, default: .bool(false)),
        ]) { call in
            try figure(call).figure.bar(categories: try call.strings(0), values: try call.doubles(1), color: try color(call, 2),
                                        label: optional(try call.string(3)), horizontal: try call.bool(4))
            return .void
        }
        type.addMethod("histogram", parameters: [
            NativeParameter(nil, .array(.double)), NativeParameter("bins", .int, default: .int(0)),
            NativeParameter("color", .string, default: .string("")), NativeParameter("density", .bool, default: .bool(false)),
            NativeParameter("label", .string, default: .string("")),
        ]) { call in
            let bins = try call.int(1)
            guard bins >= 0 else { throw NativeError("bins must be positive, not \(bins)") }
            try figure(call).figure.histogram(try call.doubles(0), bins: bins == 0 ? nil : bins, color: try color(call, 2),
                                              density: try call.bool(3), label: optional(try call.string(4)))
            return .void
        }
        type.addMethod("heatmap", parameters: [
            NativeParameter(nil, .array(.array(.double))),
            NativeParameter("xLabels", .array(.string), default: .array([])),
            NativeParameter("yLabels", .array(.string), default: .array([])),
            NativeParameter("showValues", .bool, default: .bool(false)),
            NativeParameter("colorMap", .constants("ColorMap"), default: .constant("ColorMap", "viridis")),
            NativeParameter("colorBarLabel", .string, default: .string("")),
        ]) { call in
            let xLabels = try call.strings(1), yLabels = try call.strings(2)
            try figure(call).figure.heatmap(try call.doubleMatrix(0), xLabels: xLabels.isEmpty ? nil : xLabels,
                                            yLabels: yLabels.isEmpty ? nil : yLabels, showValues: try call.bool(3),
                                            colorMap: ColorMap(rawValue: try call.constant(4)) ?? .viridis,
                                            colorBarLabel: optional(try call.string(5)))
            return .void
        }
        type.addMethod("contour", parameters: [
            NativeParameter("x", .array(.double)), NativeParameter("y", .array(.double)),
            NativeParameter("z", .array(.array(.double))), NativeParameter("levels", .int, default: .int(10)),
            NativeParameter("colorMap", .constants("ColorMap"), default: .constant("ColorMap", "viridis")),
        ]) { call in
            try figure(call).figure.contour(x: try call.doubles(0), y: try call.doubles(1), z: try call.doubleMatrix(2),
                                            levels: try call.int(3), colorMap: ColorMap(rawValue: try call.constant(4)) ?? .viridis)
            return .void
        }
        type.addMethod("decisionRegions", parameters: [
            NativeParameter("x", .array(.double)), NativeParameter("y", .array(.double)),
            NativeParameter("classes", .array(.array(.int))),
            NativeParameter("classNames", .array(.string), default: .array([])),
        ]) { call in
            guard case .array(let rows) = try call.argument(2) else { throw NativeError("classes must be [[Int]]") }
            let classes = try rows.map { try $0.asInts() }
            let names = try call.strings(3)
            try figure(call).figure.decisionRegions(x: try call.doubles(0), y: try call.doubles(1), classes: classes,
                                                    classNames: names.isEmpty ? nil : names)
            return .void
        }
        type.addMethod("annotate", parameters: [
            NativeParameter(nil, .string), NativeParameter("x", .double), NativeParameter("y", .double),
            NativeParameter("color", .string, default: .string("")),
        ]) { call in
            try figure(call).figure.annotate(try call.string(0), x: try call.double(1), y: try call.double(2),
                                             color: try color(call, 3))
            return .void
        }
        type.addMethod("xLimits", parameters: [NativeParameter(nil, .double), NativeParameter(nil, .double)]) { call in
            try figure(call).figure.xLimits = try limits(call)
            return .void
        }
        type.addMethod("yLimits", parameters: [NativeParameter(nil, .double), NativeParameter(nil, .double)]) { call in
            try figure(call).figure.yLimits = try limits(call)
            return .void
        }
        type.addMethod("xScale", parameters: [NativeParameter(nil, .constants("Scale"))]) { call in
            try figure(call).figure.xScale = AxisScale(rawValue: try call.constant(0)) ?? .linear
            return .void
        }
        type.addMethod("yScale", parameters: [NativeParameter(nil, .constants("Scale"))]) { call in
            try figure(call).figure.yScale = AxisScale(rawValue: try call.constant(0)) ?? .linear
            return .void
        }
        type.addProperty("summary", type: .string) { object in
            .string((object as? FigureBox)?.figure.summary ?? "")
        }
        return type
    }

    private static func gridType() -> NativeType {
        let type = NativeType(name: "FigureGrid")
        type.addInitializer(parameters: [
            NativeParameter("title", .string, default: .string("")),
            NativeParameter("columns", .int, default: .int(2)),
            NativeParameter("theme", .constants("Theme"), default: .constant("Theme", "light")),
        ]) { call in
            let columns = try call.int(1)
            guard columns >= 1 else { throw NativeError("a figure grid needs at least 1 column, not \(columns)") }
            return .native(GridBox(FigureGrid(title: optional(try call.string(0)), columns: columns,
                                              theme: Theme(rawValue: try call.constant(2)) ?? .light)))
        }
        type.addMethod("add", parameters: [NativeParameter(nil, .native("Figure"))]) { call in
            try call.receiver(as: GridBox.self).grid.add(try call.object(0, as: FigureBox.self).figure)
            return .void
        }
        return type
    }

    /// `nil` for the empty string, which cells pass to mean "none".
    private static func optional(_ text: String) -> String? {
        text.isEmpty ? nil : text
    }

    /// The colour argument at `index`: empty for automatic, else a CSS hex colour or a colour name.
    private static func color(_ call: NativeCall, _ index: Int) throws -> Color? {
        let text = try call.string(index)
        guard !text.isEmpty else { return nil }
        guard let color = Color(text) else {
            throw NativeError("unknown colour '\(text)': use a hex colour such as \"#FFD700\" or a name such as \"gold\"")
        }
        return color
    }

    private static func limits(_ call: NativeCall) throws -> ClosedRange<Double> {
        let lower = try call.double(0), upper = try call.double(1)
        guard lower.isFinite, upper.isFinite, lower < upper else {
            throw NativeError("axis limits must be finite with the lower below the upper, not \(lower) and \(upper)")
        }
        return lower...upper
    }
}
