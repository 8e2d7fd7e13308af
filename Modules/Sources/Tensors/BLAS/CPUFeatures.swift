import COpenBLAS

/// The processor as cpuid reports it: vendor, family and model, and the vector instruction sets the operating
/// system lets programs use (all empty off x86-64).
public struct CPUFeatures: Sendable, Equatable {
    /// "GenuineIntel", "AuthenticAMD", … (empty off x86).
    public let vendor: String
    /// The display family (extended family folded in), e.g. 6.
    public let family: Int
    /// The display model (extended model folded in), e.g. 207.
    public let model: Int
    /// The stepping.
    public let stepping: Int
    /// The bit set of `NBRUN_CPU_*` flags.
    let flags: UInt64

    /// Every instruction set name nbrun detects, in order ("sse2" … "avx512_fp16").
    public static let knownInstructionSets: [String] = (0..<Int(NBRUN_CPU_FLAG_COUNT)).compactMap { bit in
        nbrun_cpu_flag_name(1 << UInt64(bit)).map { String(cString: $0) }
    }

    /// The processor this program runs on (detected once).
    public static let current: CPUFeatures = {
        var info = nbrun_cpu_info()
        nbrun_cpu_detect(&info)
        let vendor = withUnsafeBytes(of: info.vendor) { bytes in
            String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
        }
        return CPUFeatures(
            vendor: vendor, family: Int(info.family), model: Int(info.model), stepping: Int(info.stepping),
            flags: info.flags)
    }()

    private init(vendor: String, family: Int, model: Int, stepping: Int, flags: UInt64) {
        (self.vendor, self.family, self.model, self.stepping, self.flags) = (vendor, family, model, stepping, flags)
    }

    /// A processor described by hand, for tests and what-ifs; names not in `knownInstructionSets` are ignored.
    public init(vendor: String = "GenuineIntel", family: Int = 6, model: Int = 0, stepping: Int = 0,
                instructionSets: [String]) {
        var flags: UInt64 = 0
        for (bit, name) in Self.knownInstructionSets.enumerated() where instructionSets.contains(name) {
            flags |= 1 << UInt64(bit)
        }
        self.init(vendor: vendor, family: family, model: model, stepping: stepping, flags: flags)
    }

    /// The detected instruction sets, in the order of `knownInstructionSets`.
    public var instructionSets: [String] {
        Self.knownInstructionSets.enumerated().filter { flags & (1 << UInt64($0.offset)) != 0 }.map(\.element)
    }

    /// The widest vector instructions usable on this processor.
    public var vectorLevel: VectorLevel {
        VectorLevel(rawValue: Int(nbrun_cpu_level(flags))) ?? .unknown
    }

    /// "GenuineIntel family 6 model 207 stepping 2".
    public var identification: String {
        vendor.isEmpty ? "not an x86 processor" : "\(vendor) family \(family) model \(model) stepping \(stepping)"
    }
}
