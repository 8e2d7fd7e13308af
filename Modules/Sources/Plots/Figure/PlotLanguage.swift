/// The language of the words a figure writes for screen readers (its `<desc>` summary).
public enum PlotLanguage: String, Sendable, CaseIterable {
    case english = "en"
    case italian = "it"

    /// The language of a BCP 47 tag (`it`, `it-IT`, `en`); English for any other.
    public init(tag: String?) {
        let primary = (tag ?? "").lowercased().split(separator: "-").first.map(String.init) ?? ""
        self = PlotLanguage(rawValue: primary) ?? .english
    }

    /// The name of a kind of series, as in "bar" or "barre".
    func kindName(_ series: Series) -> String {
        guard self == .italian else { return series.kindName }
        switch series {
        case .scatter: return "dispersione"
        case .line: return "linee"
        case .bar(let b): return (b.horizontal ? "barre orizzontali" : "barre") + (b.stacked ? " impilate" : "")
        case .histogram: return "istogramma"
        case .heatmap: return "mappa di calore"
        case .contour: return "curve di livello"
        case .decisionRegions: return "regioni di decisione"
        }
    }

    /// The amount of data in a series, as in "40 points" or "40 punti".
    func sizeDescription(_ series: Series) -> String {
        guard self == .italian else { return series.sizeDescription }
        func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
        switch series {
        case .scatter(let s): return count(min(s.x.count, s.y.count), "punto", "punti")
        case .line(let s): return count(min(s.x.count, s.y.count), "punto", "punti")
        case .bar(let s): return count(min(s.categories.count, s.values.count), "barra", "barre")
        case .histogram(let s): return count(s.values.count, "valore", "valori")
        case .heatmap(let s): return "\(s.matrix.count)×\(s.matrix.first?.count ?? 0) celle"
        case .contour(let s): return "griglia \(s.z.count)×\(s.z.first?.count ?? 0)"
        case .decisionRegions(let s): return "griglia \(s.classes.count)×\(s.classes.first?.count ?? 0)"
        }
    }

    /// The opening sentence naming the kinds of chart and its title.
    func chartSentence(kinds: [String], title: String?) -> String {
        let kindText: String
        switch self {
        case .english:
            kindText = kinds.isEmpty ? "Empty chart" : kinds.joined(separator: " and ").capitalizedFirst + " chart"
        case .italian:
            kindText = kinds.isEmpty ? "Grafico vuoto" : "Grafico (" + kinds.joined(separator: " e ") + ")"
        }
        return title.map { "\(kindText): \($0)." } ?? "\(kindText)."
    }

    /// One series described, as in `bar "dati" with 8 bars`.
    func seriesItem(_ series: Series) -> String {
        let name = series.label.map { " \"\($0)\"" } ?? ""
        return "\(kindName(series))\(name) \(self == .italian ? "con" : "with") \(sizeDescription(series))"
    }

    /// The sentence listing the series.
    func seriesSentence(_ items: [String]) -> String {
        "\(items.count) \(self == .italian ? "serie" : "series"): " + items.joined(separator: "; ") + "."
    }

    /// One axis described, as in "x axis time (log scale)".
    func axis(_ name: String, label: String, logarithmic: Bool) -> String {
        switch self {
        case .english: return "\(name) axis \(label)\(logarithmic ? " (log scale)" : "")"
        case .italian: return "asse \(name) \(label)\(logarithmic ? " (scala logaritmica)" : "")"
        }
    }

    /// The word introducing annotations.
    var notes: String { self == .italian ? "Note" : "Notes" }

    /// The opening of a grid's summary, as in "Grid of 6 charts in 2 rows".
    func gridSentence(charts: Int, rows: Int) -> String {
        switch self {
        case .english:
            return "Grid of \(charts) chart\(charts == 1 ? "" : "s") in \(rows) row\(rows == 1 ? "" : "s")"
        case .italian:
            return "Griglia di \(charts) grafic\(charts == 1 ? "o" : "i") in \(rows) rig\(rows == 1 ? "a" : "he")"
        }
    }

    /// The label of one panel of a grid.
    func panel(_ number: Int) -> String { "\(self == .italian ? "Pannello" : "Panel") \(number)" }
}
