import COpenBLAS

/// The OpenBLAS library nbrun's matrix products run on: where it was loaded from, its version and the kernels
/// ("core") in use, and who chose them.
///
/// OpenBLAS picks its kernels from the CPU model while loading; a library older than the CPU may not know the
/// model and fall back on generic SSE kernels (Debian's 0.3.21 on Intel family 6 model 207 runs "Prescott"
/// instead of "SkylakeX", 2–3× slower). nbrun's loader then loads it again with the core matching the CPU's
/// vector instructions (`coreOverride(for:libraryCore:userCoreType:)`); a user's `OPENBLAS_CORETYPE` always wins.
public struct BLASLibrary: Sendable, Equatable {
    /// Who chose the core in use.
    public enum CoreSource: Sendable, Equatable, CustomStringConvertible {
        /// OpenBLAS's own CPU detection.
        case library
        /// nbrun's loader, because the library chose narrower kernels than the CPU supports.
        case nbrun
        /// The user's `OPENBLAS_CORETYPE` environment variable.
        case environment

        /// "OpenBLAS's own CPU detection", "nbrun", "OPENBLAS_CORETYPE".
        public var description: String {
            switch self {
            case .library: "OpenBLAS's own CPU detection"
            case .nbrun: "nbrun"
            case .environment: "OPENBLAS_CORETYPE"
            }
        }
    }

    /// Where the library came from.
    public enum Source: Sendable, Equatable, CustomStringConvertible {
        /// The system's `libopenblas.so.0` (Debian's libopenblas0).
        case system
        /// The newer OpenBLAS `scripts/install-openblas.sh` installs on request
        /// (`~/.local/share/nbrun/openblas/libscipy_openblas.so`).
        case installed
        /// The file named by the user's `NBRUN_OPENBLAS`.
        case environment

        /// The source of a `NBRUN_LIBRARY_*` code.
        init(code: Int32) {
            switch Int(code) {
            case Int(NBRUN_LIBRARY_INSTALLED): self = .installed
            case Int(NBRUN_LIBRARY_BY_ENVIRONMENT): self = .environment
            default: self = .system
            }
        }

        /// "the system's libopenblas.so.0", "the newer OpenBLAS of scripts/install-openblas.sh", "NBRUN_OPENBLAS".
        public var description: String {
            switch self {
            case .system: "the system's libopenblas.so.0"
            case .installed: "the newer OpenBLAS of scripts/install-openblas.sh"
            case .environment: "NBRUN_OPENBLAS"
            }
        }
    }

    /// The library file, symbolic links resolved.
    public let path: String
    /// Where it came from (see `candidates(explicitFile:dataHome:home:)` for the order).
    public let source: Source
    /// Why the library named by `NBRUN_OPENBLAS` was not used, or nil.
    public let passedOver: String?
    /// `openblas_get_config()`, e.g. "OpenBLAS 0.3.21 NO_LAPACKE DYNAMIC_ARCH NO_AFFINITY SkylakeX MAX_THREADS=64".
    public let configuration: String
    /// `openblas_get_corename()`: the kernels in use, e.g. "SkylakeX".
    public let core: String
    /// The core the library chose by itself (differs from `core` when nbrun overrode it).
    public let libraryCore: String?
    /// The user's `OPENBLAS_CORETYPE` when it was set as the library loaded.
    public let userCoreType: String?
    /// Who chose `core`.
    public let coreSource: CoreSource

    /// A library described by hand (tests, what-ifs); `current` describes the loaded one.
    public init(path: String, configuration: String, core: String, libraryCore: String?, userCoreType: String?,
                coreSource: CoreSource, source: Source = .system, passedOver: String? = nil) {
        (self.path, self.configuration, self.core) = (path, configuration, core)
        (self.libraryCore, self.userCoreType, self.coreSource) = (libraryCore, userCoreType, coreSource)
        (self.source, self.passedOver) = (source, passedOver)
    }

    /// The library as loaded by this process (loading it if needed), or nil without OpenBLAS (`BLAS.problem` says
    /// why).
    public static var current: BLASLibrary? {
        var loaded = nbrun_blas_library()
        guard nbrun_blas_describe(&loaded) != 0 else { return nil }
        let source: CoreSource = switch Int(loaded.core_source) {
        case Int(NBRUN_CORE_BY_NBRUN): .nbrun
        case Int(NBRUN_CORE_BY_ENVIRONMENT): .environment
        default: .library
        }
        let origin = Source(code: loaded.library_source)
        return BLASLibrary(
            path: loaded.path.map { String(cString: $0) } ?? "?",
            configuration: loaded.config.map { String(cString: $0) } ?? "?",
            core: loaded.core.map { String(cString: $0) } ?? "?",
            libraryCore: loaded.library_core.map { String(cString: $0) },
            userCoreType: loaded.user_core.map { String(cString: $0) },
            coreSource: source, source: origin, passedOver: loaded.passed_over.map { String(cString: $0) })
    }

    /// The files the loader tries, in order, with where each comes from — a pure function of the environment:
    /// `NBRUN_OPENBLAS` (`explicitFile`), then the newer OpenBLAS installed by `scripts/install-openblas.sh` under
    /// `XDG_DATA_HOME` (`dataHome`, else `home`/.local/share), then the system's `libopenblas.so.0`.
    public static func candidates(
        explicitFile: String?, dataHome: String?, home: String?
    ) -> [(path: String, source: Source)] {
        var result: [(path: String, source: Source)] = []
        var buffer = [CChar](repeating: 0, count: 4096)
        var source: Int32 = 0
        while nbrun_blas_candidate(
            explicitFile, dataHome, home, Int32(result.count), &buffer, buffer.count, &source) != 0 {
            let path = buffer.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
            result.append((path, Source(code: source)))
        }
        return result
    }

    /// The version from `configuration` ("0.3.21"), or nil when it does not start with "OpenBLAS ".
    public var version: String? {
        let words = configuration.split(separator: " ")
        guard words.count >= 2, words[0] == "OpenBLAS" else { return nil }
        return String(words[1])
    }

    /// The vector instructions of the kernels in use.
    public var coreLevel: VectorLevel { VectorLevel(openBLASCore: core) }

    /// Whether the kernels in use are narrower than what `cpu` offers on a CPU with AVX2/FMA or AVX-512: a
    /// generic core on a modern CPU, so products run at a fraction of the machine's speed.
    public func isGenericCore(on cpu: CPUFeatures = .current) -> Bool {
        cpu.vectorLevel >= .avx2 && coreLevel != .unknown && coreLevel < cpu.vectorLevel
    }

    /// One line: "OpenBLAS 0.3.21, core SkylakeX (AVX-512), chosen by nbrun (the library chose Prescott)".
    public var summary: String {
        var text = "OpenBLAS \(version ?? "?"), core \(core) (\(coreLevel)), chosen by \(coreSource)"
        if coreSource == .nbrun, let libraryCore { text += " (the library chose \(libraryCore))" }
        if coreSource == .environment { text += "=\(userCoreType ?? "")" }
        return text
    }

    /// The loader's decision, a pure function of its inputs: the core to load OpenBLAS with instead of
    /// `libraryCore` (the library's own choice) on `cpu`, or nil to keep it — always nil when the user set
    /// `OPENBLAS_CORETYPE` (`userCoreType`), when nbrun does not know `libraryCore`, or when that core is already as
    /// wide as the CPU's vector instructions. AVX-512 selects "SkylakeX", AVX2 with FMA "Haswell", AVX "Sandybridge".
    public static func coreOverride(for cpu: CPUFeatures, libraryCore: String, userCoreType: String?) -> String? {
        let choice: UnsafePointer<CChar>? = if let userCoreType {
            nbrun_blas_core_override(cpu.flags, libraryCore, userCoreType)
        } else {
            nbrun_blas_core_override(cpu.flags, libraryCore, nil)
        }
        return choice.map { String(cString: $0) }
    }
}
