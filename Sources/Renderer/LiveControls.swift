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
    /// The notes' look, inline so that the style sheet (and a `--static` page) stays as it was.
    static let noteStyle = "flex-basis:100%;margin:.1rem 1rem .3rem;color:var(--muted);font-size:.85rem"
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
                writer.element("p", ["class": "live-note", "style": noteStyle, "hidden": ""],
                               text: strings.staticControl(strings.reason(reason)))
            } else if let group, group.coverage == .oneAtATime, group.controls.first == control.name {
                writer.element("p", ["class": "live-note", "style": noteStyle, "hidden": ""], text: strings.oneAtATime)
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
        writer.element("p", ["class": "live-note", "style": noteStyle, "hidden": ""],
                       text: strings.staticCell(strings.reason(reason)))
        writer.newline()
    }
}
