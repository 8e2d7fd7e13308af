import XCTest

/// `Figure` from cells: what docs/plots.md documents (limits, scales, colours as text or `Color`, nil arguments,
/// grouped bars, grids), the choice between overloads, and mistakes as diagnostics.
final class PlotBindingsTests: XCTestCase {
    func testColoursAsTextOrColorOrNilPickTheRightOverload() {
        let text = CellRunner().output("""
        let fig = Figure(title: "t", xLimits: 0...6, yLimits: 0.5...2, xScale: .linear, yScale: .log)
        fig.scatter(x: [1, 2], y: [1, 1.5], color: "gold", label: "a")
        fig.scatter(x: [1, 2], y: [1, 1.5], color: Color("#FFD700"), label: nil)
        fig.line(x: [0, 1], y: [1, 2], color: nil, label: "")
        fig.line(y: [1, 2], color: Color(red: 1, green: 0, blue: 0), marker: .square)
        fig.annotate("here", x: 1, y: 1, arrowTo: (x: 2, y: 1.5))
        print(Color("gold"), Color(hex: "#00FF00").withAlpha(0.5).hex, Color(hex: "#00FF0080").alpha > 0.5)
        print(fig.summary)
        let doc = fig.render(caption: "c", idSeed: "s", language: .italian)
        print(doc.svg.contains("<desc id=") && doc.warnings.isEmpty, doc.summary.hasPrefix("Grafico"))
        """)
        XCTAssertEqual(text, """
        #ffd700 #00ff00 true
        Scatter and line chart: t. 4 series: scatter "a" with 2 points; scatter with 2 points; line with 2 points; \
        line with 2 points. Notes: here.
        true true

        """)
    }

    func testGroupedBarsAndGridPanels() {
        let text = CellRunner().output("""
        let fig = Figure(title: "b")
        fig.bar(categories: ["x", "y"], groups: [(label: "A", values: [1, 2]), (label: "B", values: [3, 4])], horizontal: true)
        let grid = FigureGrid(title: "g", columns: 2)
        grid.set(row: 1, column: 1, to: fig)
        print(fig.summary)
        print(grid.summary)
        let same = FigureGrid(title: "g", columns: 2)
        same[1, 1] = fig
        fig.line(y: [1, 2])                                    // the grid holds a copy
        print(same.render().svg == grid.render().svg)
        """)
        XCTAssertEqual(text, """
        Horizontal bar chart: b. 2 series: horizontal bar "A" with 2 bars; horizontal bar "B" with 2 bars.
        Grid of 4 charts in 2 rows: g. Panel 1: Empty chart. Panel 2: Empty chart. Panel 3: Empty chart. \
        Panel 4: Horizontal bar chart: b. 2 series: horizontal bar "A" with 2 bars; horizontal bar "B" with 2 bars.
        true

        """)
        let outside = CellRunner().run("let grid = FigureGrid(columns: 2)\ngrid[0, 2] = Figure()", firstLine: 10)
        XCTAssertEqual(outside.diagnostics.first?.message, "the panel (0, 2) is outside a grid of 2 columns")
        XCTAssertEqual(outside.diagnostics.first?.location?.line, 11)
        let read = CellRunner().run("let grid = FigureGrid(columns: 2)\nlet panel = grid[0, 0]", firstLine: 10)
        XCTAssertEqual(read.diagnostics.first?.message, "value of type 'FigureGrid' has no subscripts", "set-only: a panel read back would be a copy")
        XCTAssertEqual(read.diagnostics.first?.location?.line, 11)
        // A store to a member the figure does not have is swiftc's missing member, at the name.
        let store = CellRunner().run("let fig = Figure()\nfig.subtitle = \"Perdita\"", firstLine: 10)
        XCTAssertEqual(store.diagnostics.first?.message, "value of type 'Figure' has no member 'subtitle'")
        XCTAssertEqual(store.diagnostics.first?.location?.column, 5)
    }

    /// The initializer's other arguments are settable properties, as the library's `var`s, and the constant sets
    /// have the library's names (docs/plots.md: `AxisScale`, `LegendPosition`, `Color.named`).
    func testFigureSettingsAreLibraryPropertiesAndNames() {
        let text = CellRunner().output("""
        let fig = Figure(xScale: AxisScale.log, legend: LegendPosition.topLeft)
        fig.title = "Perdita"
        fig.xLabel = "passo"
        fig.yLabel = nil
        fig.theme = .dark
        fig.width = 320
        fig.height = 240
        fig.grid = false
        fig.legend = .hidden
        fig.line(x: [1, 10, 100], y: [3, 2, 1], color: Color.named("vermillion"), label: "a")
        print(fig.title ?? "-", fig.xLabel ?? "-", fig.yLabel ?? "-", fig.theme, fig.width, fig.height, fig.grid, fig.legend)
        print(fig.summary)
        print(Color.named("vermillion")?.hex ?? "-", Color.named("mauve") == nil)
        """)
        XCTAssertEqual(text, """
        Perdita passo - dark 320.0 240.0 false hidden
        Line chart: Perdita. 1 series: line "a" with 3 points. X axis passo (log scale).
        #d55e00 true

        """)
    }

    /// A `Color?` value (not a literal) passed to `color:` takes the `Color?` overload: the checker chose none of the
    /// two (`String`, `Color?`) and the generator failed with an internal error.
    func testOptionalColorValuesTakeTheColorOverload() {
        let text = CellRunner().output("""
        let fig = Figure()
        let gold: Color? = Color("gold")
        let automatic: Color? = nil
        fig.line(x: [1, 2], y: [3, 4], color: gold, label: "a")
        fig.line(y: [3, 2, 1], color: automatic)
        fig.scatter(x: [1], y: [2], color: Color.named("vermillion"))
        fig.bar(categories: ["x"], values: [1], color: automatic)
        fig.histogram([1, 2, 2], color: gold)
        fig.annotate("n", x: 1, y: 1, color: automatic)
        print(fig.summary)
        """)
        XCTAssertEqual(text, """
        Line and scatter and bar and histogram chart. 5 series: line "a" with 2 points; line with 3 points; \
        scatter with 1 point; bar with 1 bar; histogram with 3 values. Notes: n.

        """)
    }

    func testMistakesAreDiagnosticsAtTheCall() {
        let runner = CellRunner()
        XCTAssertEqual(runner.error("let f = Figure(xLimits: 3...3)").message,
                       "axis limits must be finite with the lower below the upper, not 3.0 and 3.0")
        XCTAssertEqual(runner.error("let f = Figure()\nf.line(y: [1], color: \"mauve\")").message,
                       "unknown colour 'mauve': use a hex colour such as \"#FFD700\" or a name such as \"gold\"")
        XCTAssertEqual(runner.error("let c = Color(hex: \"gold\")").message,
                       "Color(hex:): 'gold' is not a hex colour such as \"#FFD700\"")
        XCTAssertEqual(runner.error("let g = FigureGrid(columns: 2)\ng.set(row: 0, column: 2, to: Figure())").message,
                       "the panel (0, 2) is outside a grid of 2 columns")
        XCTAssertEqual(runner.error("let f = Figure()\nf.scatter(x: [1], y: [1], color: 3)").line, 11)
        // swiftc's words for the same declarations written in Swift (internal errors until session 31): the
        // overload refusing fewest arguments with fewest conversions (`String` over `Color?`), a method assigned.
        let cases = [("f.scatter(x: [1], y: [1], color: 3)", "11:34: cannot convert value of type 'Int' to expected argument type 'String'"),
                     ("f.xLimits = 0...10", "11:3: cannot assign to value: 'xLimits' is a method"),
                     ("f.xScale += 1", "11:3: cannot convert value of type '(AxisScale) -> ()' to expected argument type 'Int'")]
        for (code, expected) in cases {
            let diagnostics = runner.run("let f = Figure()\n" + code, firstLine: 10).diagnostics.filter { $0.severity == .error }
            XCTAssertEqual(diagnostics.map { "\($0.location!.line):\($0.location!.column): \($0.message)" }, [expected], code)
        }
    }
}
