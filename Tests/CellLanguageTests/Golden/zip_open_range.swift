// `zip` with a one-sided range `a...`: as many values as the other sequence, each argument evaluated once, in order.
var log: [String] = []
func names() -> [String] { log.append("names"); return ["ada", "bob", "cy"] }
func start() -> Int { log.append("start"); return 10 }
for (name, number) in zip(names(), start()...) { print(number, name) }
print(Array(zip(start()..., names())).map { "\($0)\($1)" }, log)
print(zip([0.5, 1.5], 1...).map { $0 * Double($1) }, Array(zip("ab", 0...)).count)
