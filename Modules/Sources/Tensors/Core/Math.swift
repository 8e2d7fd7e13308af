#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The C math library under names that do not collide with `Tensor`'s methods of the same name.
enum Math {
    @inline(__always) static func exp(_ x: Double) -> Double { Foundation_exp(x) }
    @inline(__always) static func log(_ x: Double) -> Double { Foundation_log(x) }
    @inline(__always) static func pow(_ x: Double, _ y: Double) -> Double { Foundation_pow(x, y) }
    @inline(__always) static func tanh(_ x: Double) -> Double { Foundation_tanh(x) }
    @inline(__always) static func erf(_ x: Double) -> Double { Foundation_erf(x) }
    @inline(__always) static func sin(_ x: Double) -> Double { Foundation_sin(x) }
    @inline(__always) static func cos(_ x: Double) -> Double { Foundation_cos(x) }
    @inline(__always) static func expf(_ x: Float) -> Float { Foundation_expf(x) }
}

@inline(__always) private func Foundation_exp(_ x: Double) -> Double { exp(x) }
@inline(__always) private func Foundation_log(_ x: Double) -> Double { log(x) }
@inline(__always) private func Foundation_pow(_ x: Double, _ y: Double) -> Double { pow(x, y) }
@inline(__always) private func Foundation_tanh(_ x: Double) -> Double { tanh(x) }
@inline(__always) private func Foundation_erf(_ x: Double) -> Double { erf(x) }
@inline(__always) private func Foundation_sin(_ x: Double) -> Double { sin(x) }
@inline(__always) private func Foundation_cos(_ x: Double) -> Double { cos(x) }
@inline(__always) private func Foundation_expf(_ x: Float) -> Float { expf(x) }
