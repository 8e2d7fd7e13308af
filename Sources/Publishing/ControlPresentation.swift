import Foundation
import Parameters
import Renderer

/// Turns a run's parameters into what the page shows: the controls at their values and the re-run command.
enum ControlPresentation {
    /// One display per control, in declaration order.
    static func displays(_ parameters: ParameterSet) -> [ControlDisplay] {
        parameters.controls.map { control in
            let value = parameters.values[control.name] ?? control.defaultValue
            let widget: ControlDisplay.Widget
            switch control.kind {
            case .slider(let range, let step, _):
                let number: Double
                switch value {
                case .int(let int): number = Double(int)
                case .double(let double): number = double
                default: number = range.lowerBound
                }
                widget = .slider(minimum: range.lowerBound, maximum: range.upperBound, step: step, value: number)
            case .choice(let options):
                widget = .choice(options: options, selected: value.description)
            case .toggle:
                widget = .toggle(on: value == .bool(true))
            }
            var domain = control.domainDescription
            if control.stepDescription != "-" { domain += ", step \(control.stepDescription)" }
            return ControlDisplay(name: control.name, label: control.label ?? control.name, value: value.description,
                                  defaultValue: control.defaultValue.description, domain: domain, widget: widget,
                                  cellIndex: control.cellIndex)
        }
    }

    /// `nbrun PATH --param a=1 --param b=2` with the values in effect, quoted for a POSIX shell where needed.
    static func rerunCommand(_ path: String, _ parameters: ParameterSet) -> String {
        var words = ["nbrun", shellQuoted(path)]
        for control in parameters.controls {
            let value = parameters.values[control.name] ?? control.defaultValue
            words += ["--param", shellQuoted("\(control.name)=\(value.description)")]
        }
        return words.joined(separator: " ")
    }

    /// The word unchanged when it needs no quoting, else in single quotes.
    static func shellQuoted(_ word: String) -> String {
        let safe = word.allSatisfy { $0.isLetter || $0.isNumber || "-_./=:+,@%".contains($0) }
        return safe && !word.isEmpty ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
