// ControlFlow.md line 861 (a listing without a book test), inside a throwing function with the error it throws.
enum TemperatureError: Error {
    case boiling
}
func advice(_ temperatureInCelsius: Int) throws -> String {
let weatherAdvice = if temperatureInCelsius > 100 {
    throw TemperatureError.boiling
} else {
    "It's a reasonable temperature."
}
return weatherAdvice
}
print(try advice(25))
do {
    print(try advice(120))
} catch {
    print("Caught \(error)")
}
print("@@listing-end 1@@")
