// `if` and `switch` expressions with a `throw` branch: the other branches give the value, the `throw` leaves the
// enclosing function (or top level) as any `throw` does.
enum TemperatureError: Error {
    case boiling
    case freezing(Int)
}

func advice(_ temperatureInCelsius: Int) throws -> String {
    let weatherAdvice = if temperatureInCelsius > 100 {
        throw TemperatureError.boiling
    } else if temperatureInCelsius < -50 {
        throw TemperatureError.freezing(temperatureInCelsius)
    } else {
        "It's a reasonable temperature."
    }
    return weatherAdvice
}
print(try advice(25))
for temperature in [120, -60, 10] {
    do {
        print(try advice(temperature))
    } catch {
        print("Caught \(error)")
    }
}

func label(_ code: Int) throws -> String {
    let name: String = switch code {
    case 0: "zero"
    case 1, 2: "small"
    default: throw TemperatureError.freezing(code)
    }
    return name.uppercased()
}
print(try label(0), try label(2))
do {
    _ = try label(9)
} catch TemperatureError.freezing(let code) {
    print("no label for", code)
}

func typedAdvice(_ t: Int) throws(TemperatureError) -> Int {
    let doubled = if t > 100 { throw .boiling } else { t * 2 }
    return doubled + 1
}
do throws(TemperatureError) {
    print(try typedAdvice(4))
    print(try typedAdvice(200))
} catch {
    switch error {
    case .boiling: print("boiling")
    case .freezing: print("freezing")
    }
}

// The annotation's type reaches the branches (`1` is a Double here, `5` an optional Int).
let hot = false
let reading: Double = if hot { throw TemperatureError.boiling } else { 1 }
print(reading)
let code: Int? = switch reading { case 1: 5 default: throw TemperatureError.freezing(0) }
print(code as Any)
