import Foundation
import NotebookFormat
import Parameters
import Publishing
import Runner
import XCTest

/// Live pages: every state the page holds, rebuilt from its data as the page's script does, must be exactly what the
/// page rendered with `--param` at those values shows.
final class LivePageTests: XCTestCase {
    /// Dependency edge cases: a control read through a chain of variables, a cell that mutates an array a later
    /// cell reads, randomness drawn after a control, cells that depend on two and three controls, and a cell that
    /// does not depend between them.
    static let edgeCases = """
    ---
    title: Casi limite
    lang: it
    ---

    ```swift
    //| label: dati
    var registro: [Double] = []
    let rng = Random(seed: 7)
    print("pronto")
    ```

    ```swift
    //| label: base
    let s = slider("s", default: 2, in: 1...4, step: 1, label: "Esse")
    let doppio = s * 2
    ```

    ```swift
    //| label: catena
    let triplo = doppio + s
    print("catena: \\(triplo)")
    ```

    ```swift
    //| label: indipendente
    let costante = 42
    print("costante \\(costante)")
    ```

    ```swift
    //| label: muta
    registro.append(Double(triplo))
    print(registro)
    ```

    ```swift
    //| label: legge
    print("registro: \\(registro.count) elementi, somma \\(registro.reduce(0, +))")
    ```

    ```swift
    //| label: caso
    let k = choice("k", default: "b", options: ["a", "b", "c"], label: "Kappa")
    let estratti = rng.uniform(0.0, 1.0, count: 2)
    print(k, String(format: "%.4f", estratti[0] * Double(s)))
    ```

    ```swift
    //| label: due
    let acceso = toggle("acceso", default: false, label: "Acceso")
    print(acceso ? "acceso \\(s)" : "spento \\(k)")
    ```
    """

    /// A notebook whose dependent cells re-run in place (they change only what they declare), with a plot.
    static let inPlace = """
    ---
    title: Retta
    ---

    ```swift
    let xs = [0.0, 1.0, 2.0, 3.0]
    print("punti: \\(xs.count)")
    ```

    ```swift
    //| label: retta
    let m = slider("m", default: 1.0, in: 0.5...2.0, step: 0.5, label: "Pendenza")
    let q = slider("q", default: 0.0, in: -1.0...1.0, step: 0.5, label: "Intercetta")
    let fig = Figure(title: "Retta", width: 300, height: 200)
    fig.scatter(x: xs, y: xs, label: "punti")
    fig.line(x: xs, y: xs.map { m * $0 + q }, label: "retta")
    show(fig)
    print(String(format: "y = %.1fx + %.1f", m, q))
    ```

    ```swift
    //| label: lenta
    //| live: false
    print("m al quadrato: \\(m * m)")
    ```
    """

    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("nbrun-live-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func write(_ text: String, _ name: String) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    private func render(_ input: String, _ name: String, live: Bool = true, budget: LiveBudget = LiveBudget(),
                        parameters: [String: String] = [:]) throws -> String {
        var options = RunOptions()
        options.live = live
        options.liveBudget = budget
        let output = folder.appendingPathComponent(name).path
        let assignments = parameters.sorted { $0.key < $1.key }.map {
            ParameterAssignment(name: $0.key, value: $0.value, origin: "--param")
        }
        let report = PageBuilder.build(input: input, output: output, options: options, assignments: assignments)
        XCTAssertEqual(report.outcome, .success, report.diagnosticsText)
        return try String(contentsOfFile: output, encoding: .utf8)
    }

    /// Every state of every group equals the static page rendered with those values.
    private func checkEveryState(_ input: String, expectedGroups: Int) throws -> LivePageData {
        let page = try render(input, "live.html")
        let data = try LivePageData(page: page)
        XCTAssertEqual(data.groups.count, expectedGroups)
        var references: [String: String] = [:]
        for group in data.groups {
            for state in group.states {
                var parameters: [String: String] = [:]
                for (control, index) in zip(group.controls, state) { parameters[control] = group.values[control]![index] }
                let key = parameters.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
                if references[key] == nil {
                    references[key] = try render(input, "static.html", live: false, parameters: parameters)
                }
                for cell in group.cells {
                    XCTAssertEqual(cell.outputs(inState: group.stateIndex(state), values: state,
                                                radices: group.controls.map { group.values[$0]!.count }),
                                   LivePageData.outputs(ofCell: cell.id, in: references[key]!),
                                   "cell \(cell.id) at \(key)")
                }
            }
        }
        return data
    }

    func testEveryStateOfTheEdgeCasesMatchesItsStaticPage() throws {
        let input = try write(Self.edgeCases, "casi.md")
        let data = try checkEveryState(input, expectedGroups: 1)
        let group = try XCTUnwrap(data.groups.first)
        XCTAssertEqual(group.controls, ["s", "k", "acceso"])
        XCTAssertEqual(group.cells.map(\.id), ["catena", "muta", "legge", "caso", "due"],
                       "the cell that does not depend is not recomputed; cells without output are not on the page")
        XCTAssertEqual(group.values["s"], ["1", "2", "3", "4"])
    }

    func testCellsThatChangeOnlyWhatTheyDeclareAndAnOptedOutCell() throws {
        let input = try write(Self.inPlace, "retta.md")
        let data = try checkEveryState(input, expectedGroups: 1)
        let group = try XCTUnwrap(data.groups.first)
        XCTAssertEqual(group.values["m"], ["0.5", "1.0", "1.5", "2.0"])
        XCTAssertEqual(group.cells.map(\.id), ["retta"])
        let page = try render(input, "again.html")
        XCTAssertTrue(page.contains("la cella è marcata live: false") || page.contains("the cell is marked live: false"))
        XCTAssertEqual(page, try render(input, "again2.html"), "a live page is deterministic")
    }

    func testTheReRunCommandUsesTheNotebooksRelativePath() throws {
        let input = try write(Self.inPlace, "retta.md")
        let page = try render(input, "live.html")
        XCTAssertTrue(page.contains("<code class=\"rerun-command\">nbrun retta.md --param m=1.0 --param q=0.0</code>"))
        XCTAssertFalse(page.contains(folder.path))
    }

    func testStaticPageHasNoScriptAndDisabledControls() throws {
        let input = try write(Self.inPlace, "retta.md")
        let page = try render(input, "static.html", live: false)
        XCTAssertFalse(page.contains("<script"))
        XCTAssertTrue(page.contains("<input type=\"range\" id=\"param-m\" min=\"0.5\" max=\"2.0\" step=\"0.5\" value=\"1.0\" disabled=\"\""))
        XCTAssertFalse(page.contains("live-note"))
    }

    func testOverTheBudgetEachControlMovesAloneThenNone() throws {
        let input = try write(Self.edgeCases, "casi.md")
        let one = try LivePageData(page: render(input, "one.html", budget: LiveBudget(maxStates: 8)))
        XCTAssertEqual(one.groups.first?.allCombinations, false)
        XCTAssertEqual(one.groups.first?.states.count, 1 + 3 + 2 + 1)
        let none = try render(input, "none.html", budget: LiveBudget(maxStates: 5))
        XCTAssertEqual(try LivePageData(page: none).groups.count, 0)
        XCTAssertTrue(none.contains("combinazioni di valori superano il limite della pagina"))
        let slow = try render(input, "slow.html", budget: LiveBudget(slowCellSeconds: 0))
        XCTAssertEqual(try LivePageData(page: slow).groups.count, 0)
        XCTAssertTrue(slow.contains("la cella richiede"))
    }

    func testACellThatReadsWhatACellBetweenWroteStaysStaticAndSaysWhy() throws {
        let input = try write("""
        ---
        lang: it
        ---

        ```swift
        let s = slider("s", default: 1, in: 1...3, step: 1)
        let totale = s * 10
        print(totale)
        ```

        ```swift
        let extra = 5
        ```

        ```swift
        //| label: dopo
        print(totale + extra)
        ```
        """, "tra.md")
        let page = try render(input, "tra.html")
        let data = try LivePageData(page: page)
        XCTAssertEqual(data.groups.first?.cells.map(\.id), ["cell-1"])
        XCTAssertTrue(page.contains("legge valori cambiati da celle eseguite tra i controlli e lei"))
        _ = try checkEveryState(input, expectedGroups: 1)
    }

    /// Markdown a cell shows in a live state is drawn as on the static page: with its cross-references resolved.
    func testMarkdownShownInAStateHasItsCrossReferences() throws {
        let input = try write("""
        ---
        lang: it
        ---

        ```swift
        //| label: fig-punti
        //| caption: Due punti.
        let f = Figure(title: "P", width: 200, height: 100)
        f.line(x: [0.0, 1.0], y: [0.0, 1.0])
        show(f)
        ```

        ```swift
        //| label: testo
        let n = slider("n", default: 1, in: 1...3, step: 1)
        show(markdown: "Vedi @fig-punti: **\\(n)** punti.")
        ```
        """, "rif.md")
        let data = try checkEveryState(input, expectedGroups: 1)
        let cell = try XCTUnwrap(data.groups.first?.cells.first)
        let shown = cell.outputs(inState: 2, values: [2], radices: [3])
        XCTAssertTrue(shown.contains("href=\"#fig-punti\""), shown)
        XCTAssertTrue(shown.contains("<strong>3</strong>"), shown)
    }

    func testGridValuesAreTheValuesReadersType() {
        let control = Control(name: "t", kind: .slider(range: 0.1...1.0, step: 0.05, integer: false),
                              defaultValue: .double(0.9), label: nil, location: .init(line: 1, column: 1), cellIndex: 0)
        let values = control.gridValues().map(\.description)
        XCTAssertEqual(values.count, 19)
        XCTAssertEqual(values.prefix(4), ["0.1", "0.15", "0.2", "0.25"])
        XCTAssertEqual(values.last, "1.0")
        XCTAssertEqual(control.gridValues(including: .double(0.33)).map(\.description)[5], "0.33")
    }
}
