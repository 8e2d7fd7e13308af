// Key paths as values: read a field, sort and rank by a key path a helper takes.
struct Sample {
    var feature: Double
    var label: String
    var weight: Int
}
let samples = [Sample(feature: 0.7, label: "cat", weight: 2), Sample(feature: 0.2, label: "dog", weight: 5),
               Sample(feature: 0.4, label: "bird", weight: 1)]
let feature = \Sample.feature
print(samples[0][keyPath: feature])
print(samples.map { $0[keyPath: \Sample.label] })
print(samples.map(\.weight))
func sorted<T, V: Comparable>(_ items: [T], by key: KeyPath<T, V>) -> [T] {
    items.sorted { $0[keyPath: key] < $1[keyPath: key] }
}
func total<T>(_ items: [T], _ key: KeyPath<T, Int>) -> Int { items.map { $0[keyPath: key] }.reduce(0, +) }
print(sorted(samples, by: \.feature).map(\.label))
print(sorted(samples, by: \Sample.label).map(\.label))
print(sorted(samples, by: \.weight).map { $0.label })
print(total(samples, \.weight))
let byLabel: KeyPath<Sample, String> = \.label
print(samples.map { $0[keyPath: byLabel].count })
let keys: [KeyPath<Sample, Double>] = [\.feature, \Sample.feature]
print(keys.map { samples[1][keyPath: $0] })
let w: WritableKeyPath<Sample, Int> = \.weight
print(samples.map { $0[keyPath: w] * 10 })
