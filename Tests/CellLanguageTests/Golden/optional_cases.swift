// Optional's cases named as members: `Optional<T>.none`, `.none` where an optional is expected,
// `Optional<T>.some(value)`, and `.some`/`.none` patterns.
struct Reading { var sensor: String; var value: Double? }

func bestScore(_ scores: [Int]) -> Int? {
    var best: Int? = .none
    for score in scores where best == nil || score > best! { best = .some(score) }
    return best
}

let missing = Optional<Int>.none
let present = Optional<Int>.some(3)
let label: String? = .none
print(missing as Any, present as Any, label ?? "no label", missing == Optional<Int>.none)
print(bestScore([3, 9, 4]) as Any, bestScore([]) as Any)

let readings = [Reading(sensor: "a", value: 1.5), Reading(sensor: "b", value: Optional<Double>.none)]
for reading in readings {
    switch reading.value {
    case .some(let v) where v > 1: print(reading.sensor, "high", v)
    case .some(let v): print(reading.sensor, v)
    case .none: print(reading.sensor, "no value")
    }
}
