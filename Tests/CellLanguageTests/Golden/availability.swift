// #available and #unavailable, as a Linux program evaluates them: platforms not named fall to `*`.
if #available(iOS 10, macOS 10.12, *) {
    print("available on iOS 10 / macOS 10.12 or anything else")
} else {
    print("fallback")
}

if #unavailable(iOS 10) {
    print("unavailable")
} else {
    print("not unavailable")
}

if #unavailable(iOS 10, macOS 10.12) {
    print("unavailable")
} else if #available(watchOS 3, tvOS 10, visionOS 1, *) {
    print("else-if available")
}

func chooseBestColor() -> String {
    guard #available(macOS 10.12, *) else {
        return "gray"
    }
    return "blue"
}
print(chooseBestColor())

let values: [Int?] = [3, nil]
for value in values {
    if #available(macOS 14.0.1, *), let value, value > 1 {
        print("value \(value)")
    } else {
        print("no value")
    }
}

var count = 0
while #available(*), count < 3 {
    count += 1
}
print("count \(count)")
