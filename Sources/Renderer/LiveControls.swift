import Foundation
import NotebookFormat

extension LivePageInput {
    /// Whether a cell's outputs change with controls that move on the page.
    func isLive(_ cell: Int) -> Bool {
        states.groups.contains { $0.cells.contains(cell) }
    }

    /// The group that holds a control, if it moves.
    func moves(_ control: String) -> Bool {
        states.staticControls[control] == nil
    }
}

/// Draws the controls of a live page: they start disabled (without JavaScript the page is the run's page) and the
/// page's script enables them; each has its label, its value announced as it moves, and a note when the page holds
/// only some of its combinations or none.
enum LiveControls {
    /// Draws a cell's controls, then the re-run command that follows them.
    static func controls(_ controls: [ControlDisplay], live: LivePageInput, rerun: String?, language: String?,
                         into writer: inout HTMLWriter) {
        guard !controls.isEmpty else { return }
        let strings = LiveStrings(language: language)
        writer.raw("<div class=\"controls\">\n")
        for control in controls {
            let id = "param-\(control.name)"
            let moves = live.moves(control.name)
            let group = live.states.groups.first { $0.controls.contains(control.name) }
            let values = group.flatMap { group in group.controls.firstIndex(of: control.name).map { group.values[$0] } }
            writer.open("div", ["class": "control"])
            writer.open("label", ["for": id])
            writer.text(control.label)
            writer.close("label")
            let mark: String? = moves ? "" : nil
            switch control.widget {
            case .slider(let minimum, let maximum, let step, let value):
                if let values, moves {
                    writer.open("input", ["type": "range", "id": id, "min": "0", "max": String(values.count - 1),
                                          "step": "1", "value": String(values.firstIndex(of: control.value) ?? 0),
                                          "disabled": "", "data-live": mark, "aria-valuetext": control.value])
                } else {
                    writer.open("input", ["type": "range", "id": id, "min": minimum.description, "max": maximum.description,
                                          "step": step.map(\.description) ?? "any", "value": value.description,
                                          "disabled": "", "data-live": mark, "aria-valuetext": control.value])
                }
            case .choice(let options, let selected):
                writer.open("select", ["id": id, "disabled": "", "data-live": mark])
                for (index, option) in options.enumerated() {
                    writer.open("option", ["value": String(index), "selected": option == selected ? "" : nil])
                    writer.text(option)
                    writer.close("option")
                }
                writer.close("select")
            case .toggle(let on):
                writer.open("input", ["type": "checkbox", "id": id, "checked": on ? "" : nil, "disabled": "",
                                      "data-live": mark])
            }
            writer.element("output", ["for": id, "id": "\(id)-value"], text: control.value)
            writer.element("span", ["class": "domain"], text: "\(control.name): \(control.domain)")
            if let reason = live.states.staticControls[control.name] {
                writer.element("p", ["class": "live-note", "hidden": ""], text: strings.staticControl(strings.reason(reason)))
            } else if group?.coverage == .oneAtATime {
                writer.element("p", ["class": "live-note", "hidden": ""], text: strings.oneAtATime)
            }
            writer.close("div")
            writer.newline()
        }
        if let rerun {
            writer.open("p", ["class": "rerun"])
            writer.text(strings.rerun + " ")
            writer.element("code", ["class": "rerun-command"], text: rerun)
            writer.close("p")
            writer.newline()
        }
        writer.raw("</div>\n")
    }

    /// Under a cell that depends on a control but is not recomputed: why (shown once the controls move).
    static func staticNote(_ cell: Int, live: LivePageInput, language: String?, into writer: inout HTMLWriter) {
        guard let reason = live.states.staticCells[cell] else { return }
        let strings = LiveStrings(language: language)
        writer.element("p", ["class": "live-note", "hidden": ""], text: strings.staticCell(strings.reason(reason)))
        writer.newline()
    }
}

/// The words a live page adds, in the notebook's language (Italian or English).
struct LiveStrings {
    let italian: Bool

    init(language: String?) {
        italian = language?.lowercased().hasPrefix("it") == true
    }

    var rerun: String {
        italian ? "Per rieseguire la lezione con questi valori (nella cartella della lezione):"
                : "To run the lesson with these values (in the lesson's folder):"
    }

    var oneAtATime: String {
        italian ? "La pagina contiene ogni valore di questo controllo con gli altri ai valori iniziali; il comando qui sotto calcola le altre combinazioni."
                : "The page holds every value of this control with the others at their starting values; the command below computes the other combinations."
    }

    var missing: String {
        italian ? "Questa combinazione di valori non è nella pagina: il comando di riesecuzione la calcola."
                : "This combination of values is not in the page: the re-run command computes it."
    }

    func staticControl(_ reason: String) -> String {
        italian ? "Questo controllo non si muove nella pagina (\(reason)): usa il comando qui sotto."
                : "This control does not move in the page (\(reason)): use the command below."
    }

    func staticCell(_ reason: String) -> String {
        italian ? "Questo risultato è calcolato con i valori iniziali dei controlli (\(reason)); il comando di riesecuzione calcola gli altri."
                : "This output is for the controls' starting values (\(reason)); the re-run command computes others."
    }

    func reason(_ reason: LiveStates.Reason) -> String {
        switch reason {
        case .optedOut:
            return italian ? "la cella è marcata live: false" : "the cell is marked live: false"
        case .slow(let seconds):
            let time = String(format: seconds < 10 ? "%.1f s" : "%.0f s", seconds)
            return italian ? "la cella richiede \(time); //| live: true la ricalcola comunque"
                           : "the cell takes \(time); //| live: true recomputes it anyway"
        case .usesStatic(let cell):
            return italian ? "usa la cella \(cell + 1), che non è ricalcolata" : "it uses cell \(cell + 1), which is not recomputed"
        case .readsBetween:
            return italian ? "legge valori cambiati da celle eseguite tra i controlli e lei"
                           : "it reads values changed by cells run between its controls and it"
        case .didNotRun:
            return italian ? "la cella non è arrivata alla fine" : "the cell did not run to the end"
        case .overBudget(let combinations):
            return italian ? "\(combinations) combinazioni di valori superano il limite della pagina"
                           : "\(combinations) combinations of values are over the page's budget"
        case .notComputed:
            return italian ? "non è stato possibile calcolarne gli stati" : "its states could not be computed"
        case .notReproducible:
            return italian ? "ricalcolarla non riproduce il risultato dell'esecuzione"
                           : "recomputing it does not reproduce the run's result"
        }
    }
}
