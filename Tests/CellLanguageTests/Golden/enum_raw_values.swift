// Regression: bare `rawValue` (implicit self) inside an enum method.
// Enums with raw values: weekdays, months and grading levels.
import Foundation
enum Weekday: Int, CaseIterable {
    case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday

    var isWeekend: Bool { self == .saturday || self == .sunday }
    var italianName: String {
        switch self {
        case .monday: return "lunedi"
        case .tuesday: return "martedi"
        case .wednesday: return "mercoledi"
        case .thursday: return "giovedi"
        case .friday: return "venerdi"
        case .saturday: return "sabato"
        case .sunday: return "domenica"
        }
    }
    func next() -> Weekday {
        Weekday(rawValue: rawValue % 7 + 1)!
    }
}

print(Weekday.allCases.count)
for day in Weekday.allCases {
    print(day.rawValue, day, day.italianName, day.isWeekend ? "weekend" : "feriale")
}
print(Weekday(rawValue: 3) as Any, Weekday(rawValue: 9) as Any)
print(Weekday.sunday.next(), Weekday.friday.next())
let lessonDays = Weekday.allCases.filter { !$0.isWeekend && $0.rawValue % 2 == 1 }
print(lessonDays)

enum Level: String, CaseIterable {
    case beginner = "principiante"
    case intermediate = "intermedio"
    case advanced = "avanzato"
}
for level in Level.allCases {
    print(level, "=", level.rawValue)
}
print(Level(rawValue: "avanzato") as Any)
print(Level(rawValue: "esperto") as Any)
let chosen = Level(rawValue: "intermedio") ?? .beginner
print(chosen, chosen == .intermediate)

// String raw values default to the case name.
enum Metric: String {
    case accuracy, precision, recall
}
print(Metric.precision.rawValue, Metric(rawValue: "recall") as Any)

// Enum values as dictionary keys (printed in a fixed order).
var hours: [Weekday: Int] = [:]
hours[.monday] = 2
hours[.wednesday] = 3
hours[.monday, default: 0] += 1
for day in Weekday.allCases {
    if let h = hours[day] { print(day.italianName, h) }
}
let total = Weekday.allCases.reduce(0) { $0 + (hours[$1] ?? 0) }
print("total hours:", total)
