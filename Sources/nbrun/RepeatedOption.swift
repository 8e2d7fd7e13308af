import ArgumentParser

/// Finds single-valued options given more than once on the command line, which ArgumentParser lets the last win.
enum RepeatedOption {
    /// The values given for the option spelled `short` or `long` (`-o X`, `--output X`, `--output=X`) in
    /// `arguments`, up to a `--` terminator.
    static func values(short: String, long: String, in arguments: [String]) -> [String] {
        var values: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" { break }
            if argument == short || argument == long {
                if index + 1 < arguments.count { values.append(arguments[index + 1]) }
                index += 2
                continue
            }
            if argument.hasPrefix(long + "=") { values.append(String(argument.dropFirst(long.count + 1))) }
            index += 1
        }
        return values
    }

    /// A usage error when the option was given more than once.
    static func check(short: String, long: String, in arguments: [String]) throws {
        let given = values(short: short, long: long, in: arguments)
        guard given.count > 1 else { return }
        let list = given.map { "'\($0)'" }.joined(separator: ", ")
        throw ValidationError("\(long) is given \(given.count) times (\(list)); give it once")
    }
}
