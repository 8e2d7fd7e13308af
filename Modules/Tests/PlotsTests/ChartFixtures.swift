import Foundation
import Plots

/// The charts covered by golden files: one per chart type plus edge cases; the name is the golden file name.
enum ChartFixtures {
    /// Every fixture, in a fixed order.
    static var all: [(name: String, document: SVGDocument)] {
        [
            ("regression-dark", regression().render(caption: "40 punti e la retta y = 2x + 1")),
            ("line-markers-dashes", lines().render()),
            ("bar", bars().render()),
            ("bar-grouped", groupedBars().render()),
            ("bar-horizontal", horizontalBars().render()),
            ("histogram", histogram().render()),
            ("heatmap-attention", attention().render(caption: "Pesi di attenzione")),
            ("heatmap-positional", positional().render()),
            ("contour", contour().render()),
            ("decision-regions", decisionRegions().render()),
            ("log-axes", logAxes().render()),
            ("annotations", annotations().render()),
            ("subplots", subplots().render(caption: "Due grafici affiancati")),
            ("edge-empty", Figure(title: "Vuoto").render()),
            ("edge-single-point", singlePoint().render()),
            ("edge-nonfinite", nonFinite().render()),
            ("edge-constant", constant().render()),
        ]
    }

    /// The seed lesson's regression plot: dark, gold points, light-green line, 40 points.
    static func regression() -> Figure {
        var rng = TestData(seed: 42)
        let x = (0..<40).map { _ in rng.uniform(0.2, 10) }
        let y = x.map { 2 * $0 + 1 + rng.normal(sd: 2) }
        var fig = Figure(title: "Regressione lineare", xLabel: "Superficie", yLabel: "Prezzo", theme: .dark,
                         width: 720, height: 480)
        fig.scatter(x: x, y: y, color: Color(hex: "#FFD700"), label: "Dati", size: 8, opacity: 0.8)
        fig.line(x: [0, 12], y: [1, 25], color: Color(hex: "#90EE90"), label: "y = 2x + 1")
        return fig
    }

    static func lines() -> Figure {
        var fig = Figure(title: "Funzioni di attivazione", xLabel: "x", yLabel: "f(x)")
        let xs = stride(from: -4.0, through: 4.0, by: 0.25).map { $0 }
        fig.line(x: xs, y: xs.map { 1 / (1 + exp(-$0)) }, label: "sigmoide")
        fig.line(x: xs, y: xs.map { tanh($0) }, dash: .dashed, label: "tanh")
        fig.line(x: xs, y: xs.map { max(0, $0) / 4 }, dash: .dotted, marker: .circle, label: "ReLU / 4")
        fig.line(x: xs, y: xs.map { 0.5 * $0 * (1 + tanh(0.7978845608 * ($0 + 0.044715 * $0 * $0 * $0))) / 4 },
                 dash: .dashDot, marker: .triangle, label: "GELU / 4")
        return fig
    }

    static func bars() -> Figure {
        var fig = Figure(title: "Frequenza dei token", xLabel: "Token", yLabel: "Conteggio")
        fig.bar(categories: ["il", "gatto", "sul", "tappeto", "dorme", "<fine>"], values: [120, 45, 80, 30, 25, 60])
        return fig
    }

    static func groupedBars() -> Figure {
        var fig = Figure(title: "Accuratezza per modello", yLabel: "Accuratezza (%)", width: 560, height: 360)
        fig.bar(categories: ["XOR", "Lune", "Cerchi", "Spirali"],
                groups: [(label: "Lineare", values: [50, 86, 52, 34]), (label: "MLP 8", values: [100, 97, 99, 71]),
                         (label: "MLP 32", values: [100, 99.5, 100, 96])])
        return fig
    }

    static func horizontalBars() -> Figure {
        var fig = Figure(title: "Parole più vicine a \"re\"", xLabel: "Similarità coseno", width: 560, height: 320)
        fig.bar(categories: ["regina", "principe", "sovrano", "trono", "castello"], values: [0.82, 0.77, 0.74, 0.61, 0.48],
                horizontal: true)
        return fig
    }

    static func histogram() -> Figure {
        var rng = TestData(seed: 7)
        let a = (0..<500).map { _ in rng.normal(mean: 0, sd: 1) }
        let b = (0..<500).map { _ in rng.normal(mean: 2.5, sd: 0.7) }
        var fig = Figure(title: "Distribuzione dei pesi", xLabel: "Valore", yLabel: "Densità")
        fig.histogram(a, bins: 30, color: Color(hex: "#0072B2")?.withAlpha(1), density: true, label: "Prima")
        fig.histogram(b, bins: 30, density: true, label: "Dopo")
        return fig
    }

    static func attention() -> Figure {
        let tokens = ["Il", "gatto", "dorme", "sul", "divano", "."]
        var rng = TestData(seed: 3)
        var weights: [[Double]] = []
        for i in 0..<tokens.count {
            var row = (0..<tokens.count).map { j in j <= i ? exp(2 * rng.uniform()) : 0 }
            let sum = row.reduce(0, +)
            row = row.map { $0 / sum }
            weights.append(row)
        }
        var fig = Figure(title: "Attenzione causale (testa 1)", xLabel: "Chiave", yLabel: "Query", width: 560, height: 480)
        fig.heatmap(weights, xLabels: tokens, yLabels: tokens, showValues: true, colorMap: .viridis, range: 0...1,
                    colorBarLabel: "peso")
        return fig
    }

    static func positional() -> Figure {
        let positions = 32, dims = 32
        let matrix = (0..<positions).map { p in
            (0..<dims).map { i -> Double in
                let angle = Double(p) / pow(10000, Double(2 * (i / 2)) / Double(dims))
                return i % 2 == 0 ? sin(angle) : cos(angle)
            }
        }
        var fig = Figure(title: "Codifica posizionale sinusoidale", xLabel: "Dimensione", yLabel: "Posizione",
                         width: 600, height: 520)
        fig.heatmap(matrix, colorMap: .coolwarm)
        return fig
    }

    static func contour() -> Figure {
        let xs = stride(from: -3.0, through: 3.0, by: 0.15).map { $0 }
        let ys = stride(from: -2.0, through: 2.0, by: 0.15).map { $0 }
        let z = ys.map { y in xs.map { x in (1 - x / 2 + pow(x, 5) + pow(y, 3)) * exp(-x * x - y * y) } }
        var fig = Figure(title: "Superficie di perdita", xLabel: "w₁", yLabel: "w₂", width: 640, height: 440)
        fig.contour(x: xs, y: ys, z: z, levels: 10, colorMap: .viridis, colorBarLabel: "perdita")
        return fig
    }

    static func decisionRegions() -> Figure {
        var rng = TestData(seed: 11)
        var px: [Double] = [], py: [Double] = [], pc: [Int] = []
        for i in 0..<120 {
            let c = i % 2
            let t = rng.uniform(0, Double.pi)
            let x = c == 0 ? cos(t) : 1 - cos(t)
            let y = c == 0 ? sin(t) : 0.5 - sin(t)
            px.append(x + rng.normal(sd: 0.12))
            py.append(y + rng.normal(sd: 0.12))
            pc.append(c)
        }
        let gx = stride(from: -1.5, through: 2.5, by: 0.05).map { $0 }
        let gy = stride(from: -1.0, through: 1.5, by: 0.05).map { $0 }
        // A hand-written curved boundary standing in for a trained classifier.
        let classes = gy.map { y in gx.map { x in y > 0.25 + 0.6 * sin(2.2 * (x - 0.5)) * -0.8 ? 0 : 1 } }
        var fig = Figure(title: "Regioni di decisione (lune)", xLabel: "x₁", yLabel: "x₂", width: 600, height: 440)
        fig.decisionRegions(x: gx, y: gy, classes: classes)
        fig.scatter(x: px, y: py, classes: pc, classNames: ["classe A", "classe B"], size: 7)
        return fig
    }

    static func logAxes() -> Figure {
        let steps = (1...200).map { Double($0) * 50 }
        let loss = steps.map { 3.2 * pow($0, -0.45) + 0.02 }
        var fig = Figure(title: "Perdita durante l'addestramento", xLabel: "Passo", yLabel: "Perdita",
                         xScale: .log, yScale: .log)
        fig.line(x: steps, y: loss, label: "addestramento")
        fig.line(x: steps, y: loss.map { $0 * 1.15 }, dash: .dashed, label: "validazione")
        return fig
    }

    static func annotations() -> Figure {
        var fig = Figure(title: "Discesa del gradiente", xLabel: "w", yLabel: "L(w)")
        let xs = stride(from: -3.0, through: 3.0, by: 0.1).map { $0 }
        fig.line(x: xs, y: xs.map { $0 * $0 }, label: "L(w) = w²")
        let path = [2.5, 1.5, 0.9, 0.54, 0.32]
        fig.scatter(x: path, y: path.map { $0 * $0 }, color: Color.named("vermillion"), label: "passi", marker: .diamond)
        fig.annotate("minimo", x: -1.2, y: 3, arrowTo: (x: 0, y: 0))
        fig.annotate("partenza <w₀ & L>", x: 2.2, y: 8.2)
        return fig
    }

    static func subplots() -> FigureGrid {
        var loss = Figure(title: "Perdita", xLabel: "Epoca", width: 400, height: 300)
        loss.line(y: (0..<50).map { 2 * exp(-Double($0) / 12) + 0.1 })
        var accuracy = Figure(title: "Accuratezza", xLabel: "Epoca", width: 400, height: 300, yLimits: 0...1)
        accuracy.line(y: (0..<50).map { 1 - 0.5 * exp(-Double($0) / 10) }, color: Color.named("orange"), marker: .square)
        return FigureGrid(title: "Addestramento", columns: 2, figures: [loss, accuracy])
    }

    static func singlePoint() -> Figure {
        var fig = Figure(title: "Un solo punto")
        fig.scatter(x: [3], y: [4], label: "punto")
        fig.line(x: [], y: [], label: "vuota")
        return fig
    }

    static func nonFinite() -> Figure {
        var fig = Figure(title: "Valori non finiti")
        fig.line(x: [0, 1, 2, 3, 4, 5, 6], y: [1, 2, .nan, 3, .infinity, 2, 1], marker: .circle, label: "con buchi")
        fig.scatter(x: [0.5, .nan, 2.5, -.infinity], y: [1, 2, .nan, 1], label: "punti")
        return fig
    }

    static func constant() -> Figure {
        var fig = Figure(title: "Dati costanti")
        fig.line(x: [0, 1, 2, 3, 4], y: [5, 5, 5, 5, 5], label: "y = 5")
        return fig
    }
}
