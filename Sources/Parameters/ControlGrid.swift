import Foundation

extension Control {
    /// How many points a slider without a step is sampled at on a live page.
    public static let pointsWithoutStep = 51

    /// The values a live page computes for this control, in increasing order (options in their order): every step
    /// of a slider from its lower bound (rounded to the decimals of its bounds and step, so `0.1 + 2 × 0.1` is
    /// `0.3` as a reader types it), a slider without a step at `pointsWithoutStep` points (whole numbers for an Int
    /// slider), every option, false and true; `extra` (the run's value) is included when it falls between steps.
    public func gridValues(including extra: ParameterValue? = nil) -> [ParameterValue] {
        var values: [ParameterValue]
        switch kind {
        case .choice(let options):
            return options.map(ParameterValue.string)
        case .toggle:
            return [.bool(false), .bool(true)]
        case .slider(let range, let step, let integer):
            let width = range.upperBound - range.lowerBound
            let spread = width / Double(Self.pointsWithoutStep - 1)
            let stepSize = step ?? (integer ? max(1, spread.rounded(.up)) : spread)
            let count = stepSize > 0 ? Int((width / stepSize + 1e-9).rounded(.down)) + 1 : 1
            if integer {
                values = (0..<count).map { .int(Int(range.lowerBound) + $0 * Int(stepSize)) }
            } else {
                let decimals = [range.lowerBound, range.upperBound, stepSize].map(Self.decimals).max() ?? 0
                values = (0..<count).map { index in
                    let raw = range.lowerBound + Double(index) * stepSize
                    return .double(Double(String(format: "%.\(min(decimals, 12))f", raw)) ?? raw)
                }
            }
            if let extra, let number = extra.number, !values.contains(extra) {
                let position = values.firstIndex { ($0.number ?? 0) > number } ?? values.count
                values.insert(extra, at: position)
            }
            return values
        }
    }

    /// The decimal digits a number needs as a reader writes it (`0.05` → 2, `3.0` → 0).
    static func decimals(_ number: Double) -> Int {
        let text = number.description
        guard !text.contains("e"), let dot = text.firstIndex(of: ".") else { return text.contains("e") ? 12 : 0 }
        let fraction = text[text.index(after: dot)...]
        return fraction == "0" ? 0 : fraction.count
    }
}
