actor TemperatureLogger {
    let label: String
    var measurements: [Int]
    private(set) var max: Int

    init(label: String, measurement: Int) {
        self.label = label
        self.measurements = [measurement]
        self.max = measurement
    }
}
print("@@listing-end 1@@")
struct TemperatureReading {
    var measurement: Int
}
print("@@listing-end 2@@")
