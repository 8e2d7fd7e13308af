import COpenBLAS

/// The widest vector instructions a processor offers or an OpenBLAS core's kernels use.
public enum VectorLevel: Int, Comparable, Sendable, CustomStringConvertible {
    /// Not x86-64, or an OpenBLAS core nbrun does not know.
    case unknown = 0
    /// SSE2/SSE3: OpenBLAS's generic cores (Prescott, Nehalem, …).
    case sse = 1
    /// AVX: Sandybridge, Bulldozer, ….
    case avx = 2
    /// AVX2 with FMA: Haswell, Zen.
    case avx2 = 3
    /// AVX-512 F/DQ/CD/BW/VL: SkylakeX, Cooperlake, SapphireRapids.
    case avx512 = 4

    /// The level of an OpenBLAS core name (case-insensitive); `.unknown` for names not in nbrun's table.
    public init(openBLASCore name: String) {
        self = VectorLevel(rawValue: Int(nbrun_blas_core_level(name))) ?? .unknown
    }

    /// The OpenBLAS core nbrun selects on a CPU of this level ("SkylakeX", "Haswell", "Sandybridge"), or nil.
    public var openBLASCore: String? {
        nbrun_blas_core_for_level(Int32(rawValue)).map { String(cString: $0) }
    }

    public static func < (lhs: VectorLevel, rhs: VectorLevel) -> Bool { lhs.rawValue < rhs.rawValue }

    /// "SSE", "AVX", "AVX2+FMA", "AVX-512" or "unknown".
    public var description: String {
        switch self {
        case .unknown: "unknown"
        case .sse: "SSE"
        case .avx: "AVX"
        case .avx2: "AVX2+FMA"
        case .avx512: "AVX-512"
        }
    }
}
