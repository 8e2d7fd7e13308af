import Diagnostics

/// The value of every control for one run: defaults, replaced by what the user gave.
public struct ParameterSet: Hashable, Sendable {
    /// The notebook's controls, in declaration order.
    public var controls: [Control]
    /// Values by control name; every control has one.
    public var values: [String: ParameterValue]

    /// Defaults for every control.
    public init(controls: [Control]) {
        self.controls = controls
        self.values = Dictionary(uniqueKeysWithValues: controls.map { ($0.name, $0.defaultValue) })
    }

    /// The controls whose value differs from the default, in declaration order.
    public var changed: [Control] {
        controls.filter { values[$0.name] != $0.defaultValue }
    }

    /// Applies the user's assignments, checking each against its control; every problem is reported at once.
    public mutating func apply(_ assignments: [ParameterAssignment]) -> [Diagnostic] {
        var errors: [Diagnostic] = []
        var given: [String: ParameterAssignment] = [:]
        let known = controls.map(\.name)
        for assignment in assignments {
            if let earlier = given[assignment.name] {
                errors.append(.error("parameter '\(assignment.name)' is given twice (\(earlier.origin) and \(assignment.origin))", at: nil))
                continue
            }
            given[assignment.name] = assignment
            guard let control = controls.first(where: { $0.name == assignment.name }) else {
                var notes: [String] = []
                if let suggestion = NameSuggester.suggestion(for: assignment.name, among: known) {
                    notes.append("did you mean '\(suggestion)'?")
                }
                notes.append(known.isEmpty ? "this notebook declares no parameters"
                                           : "known parameters: " + known.joined(separator: ", "))
                errors.append(.error("unknown parameter '\(assignment.name)' (\(assignment.origin))", at: nil, notes: notes))
                continue
            }
            switch Self.value(assignment.value, for: control) {
            case .success(let value): values[control.name] = value
            case .failure(let message): errors.append(.error("\(message.description) (\(assignment.origin))", at: nil))
            }
        }
        return errors
    }

    /// Converts and checks a typed value against a control's type and domain.
    static func value(_ text: String, for control: Control) -> Result<ParameterValue, ParameterMessage> {
        let name = control.name
        switch control.kind {
        case .slider(let range, _, let integer):
            let number: Double
            let value: ParameterValue
            if integer {
                guard let parsed = Int(text) else {
                    return .failure(ParameterMessage("parameter '\(name)' is an Int; '\(text)' is not a whole number"))
                }
                number = Double(parsed)
                value = .int(parsed)
            } else {
                guard let parsed = Double(text), parsed.isFinite else {
                    return .failure(ParameterMessage("parameter '\(name)' is a Double; '\(text)' is not a number"))
                }
                number = parsed
                value = .double(parsed)
            }
            // A value between two steps is fine: the step is for the slider, not a constraint.
            guard range.contains(number) else {
                return .failure(ParameterMessage("parameter '\(name)' must be in \(control.domainDescription); \(text) is out of range"))
            }
            return .success(value)
        case .choice(let options):
            guard options.contains(text) else {
                return .failure(ParameterMessage("parameter '\(name)' must be one of \(options.joined(separator: ", ")); not '\(text)'"))
            }
            return .success(.string(text))
        case .toggle:
            switch text {
            case "true": return .success(.bool(true))
            case "false": return .success(.bool(false))
            default: return .failure(ParameterMessage("parameter '\(name)' is a Bool; use true or false, not '\(text)'"))
            }
        }
    }
}

/// Why a typed value does not fit its control.
struct ParameterMessage: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
