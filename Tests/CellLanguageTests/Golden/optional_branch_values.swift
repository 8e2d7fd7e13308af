// A conditional whose second value is an optional of the first's type has that optional type (`? :`, and an `if`
// expression whose `else` is `nil as String?`, as the book's Control Flow chapter writes it).
let temperatureInCelsius = 25
let freezeWarning = if temperatureInCelsius <= 0 {
    "It's below freezing. Watch for ice!"
} else {
    nil as String?
}
print(freezeWarning as Any)
let cold = -3
let warning = if cold <= 0 { "ice" } else { nil as String? }
print(warning as Any)
let picked = cold < 0 ? 1 : nil as Int?
print(picked as Any)
let none: Int? = nil
let fallback = cold > 0 ? 2 : none
print(fallback as Any)
let label = cold < 0 ? "minus" : Optional("plus")
print(label ?? "?")
