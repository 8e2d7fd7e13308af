var log: [String] = []
func check(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() { print("failed: \(message())") }
}
func next() -> Int { log.append("next"); return log.count }
check(next() > 5, "count was \(log.count)")
check(next() > 0, "never built \(log.append("built"))")
print(log)
func twice(_ f: @autoclosure () -> Int) -> Int { f() + f() }
print(twice(next()), log)
struct Logger {
    var lines: [String] = []
    mutating func debug(_ message: @autoclosure () -> String, when enabled: Bool) {
        if enabled { lines.append(message()) }
    }
}
var logger = Logger()
logger.debug("costly \(next())", when: false)
logger.debug("cheap \(log.count)", when: true)
print(logger.lines, log.count)
var providers: [() -> String] = []
func collect(_ provider: @autoclosure @escaping () -> String) { providers.append(provider) }
var queue = ["a", "b"]
collect(queue.removeFirst())
collect(queue.removeFirst())
print(queue.count)
for p in providers { print(p(), queue.count) }
