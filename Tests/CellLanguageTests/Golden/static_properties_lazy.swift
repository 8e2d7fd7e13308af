// Static stored properties are initialized lazily, on first access.
final class Logger {
    static let shared = Logger(name: "main")
    static var instances = 0
    let name: String
    init(name: String) {
        Logger.instances += 1
        print("creating logger", name, Logger.instances)
        self.name = name
    }
    func log(_ message: String) { print("[\(name)] \(message)") }
}
print("before first use")
Logger.shared.log("hello")
Logger.shared.log("again")
print(Logger.instances)
struct Config {
    static var verbose = makeVerbose()
    static let limit = base * 2
    static let base = 21
    static func makeVerbose() -> Bool { print("computing verbose"); return true }
}
print("declared")
Config.verbose = false
print(Config.verbose, Config.limit)
enum Counter {
    static var value = start()
    static func start() -> Int { print("start"); return 10 }
    static func next() -> Int { value += 1; return value }
}
print("counter")
print(Counter.next(), Counter.next())
Counter.value += 5
print(Counter.value)
