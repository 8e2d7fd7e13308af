// String(format:) follows printf rules.
import Foundation
let x = 3.14159
print(String(format: "%.2f", x))
print(String(format: "%.0f|%.3f|%8.3f|%-8.2f|", x, x, x, x))
print(String(format: "%d items, %05d, %+d", 42, 42, 42))
print(String(format: "%e %g %g", 12345.678, 0.0001, 1e20))
print(String(format: "%@ scored %.1f%%", "Ada", 97.25))
print(String(format: "%x %X %o", 255, 255, 8))
let loss = 0.000123456
print(String(format: "epoch %3d: loss = %.6f", 7, loss))
