import Foundation
import Tensors
import XCTest

/// The BLAS loader's choice of OpenBLAS kernels follows the CPU's instruction sets, and a user's
/// `OPENBLAS_CORETYPE` is left alone.
final class BLASCoreChoiceTests: XCTestCase {
    static let sse = ["sse2", "sse3", "ssse3", "sse4_1", "sse4_2"]
    static let avx = sse + ["avx"]
    static let avx2 = avx + ["fma", "f16c", "avx2"]
    static let skylakeX = avx2 + ["avx512f", "avx512dq", "avx512cd", "avx512bw", "avx512vl"]
    /// Intel family 6 model 207 (this machine).
    static let model207 = skylakeX + ["avx_vnni", "avx512ifma", "avx512vbmi", "avx512_vnni", "avx512_bf16", "avx512_fp16"]

    func cpu(_ sets: [String]) -> CPUFeatures { CPUFeatures(instructionSets: sets) }

    func testCPULevelFollowsTheInstructionSets() {
        XCTAssertEqual(cpu([]).vectorLevel, .unknown)
        XCTAssertEqual(cpu(Self.sse).vectorLevel, .sse)
        XCTAssertEqual(cpu(Self.avx).vectorLevel, .avx)
        XCTAssertEqual(cpu(Self.avx + ["avx2"]).vectorLevel, .avx, "AVX2 without FMA is not Haswell")
        XCTAssertEqual(cpu(Self.avx2).vectorLevel, .avx2)
        XCTAssertEqual(cpu(Self.avx2 + ["avx512f", "avx512cd"]).vectorLevel, .avx2, "Knights Landing: no VL/BW/DQ")
        XCTAssertEqual(cpu(Self.skylakeX).vectorLevel, .avx512)
        XCTAssertEqual(cpu(Self.model207).vectorLevel, .avx512)
        XCTAssertEqual(cpu(Self.model207).instructionSets, CPUFeatures.knownInstructionSets)
        XCTAssertEqual(cpu(["avx2", "sse2", "made-up"]).instructionSets, ["sse2", "avx2"])
    }

    func testCoreLevels() {
        XCTAssertEqual(VectorLevel(openBLASCore: "Prescott"), .sse)
        XCTAssertEqual(VectorLevel(openBLASCore: "nehalem"), .sse)
        XCTAssertEqual(VectorLevel(openBLASCore: "Sandybridge"), .avx)
        XCTAssertEqual(VectorLevel(openBLASCore: "Haswell"), .avx2)
        XCTAssertEqual(VectorLevel(openBLASCore: "Zen"), .avx2)
        XCTAssertEqual(VectorLevel(openBLASCore: "SKYLAKEX"), .avx512)
        XCTAssertEqual(VectorLevel(openBLASCore: "SapphireRapids"), .avx512)
        XCTAssertEqual(VectorLevel(openBLASCore: "NeoverseN1"), .unknown)
        XCTAssertEqual(VectorLevel.avx512.openBLASCore, "SkylakeX")
        XCTAssertEqual(VectorLevel.avx2.openBLASCore, "Haswell")
        XCTAssertEqual(VectorLevel.avx.openBLASCore, "Sandybridge")
        XCTAssertNil(VectorLevel.sse.openBLASCore)
    }

    /// (CPU instruction sets, the library's own core, the expected override or nil).
    func testOverrideFollowsTheCPUFlags() {
        let cases: [([String], String, String?, UInt)] = [
            (Self.model207, "Prescott", "SkylakeX", #line),       // Debian 0.3.21 on model 207
            (Self.model207, "prescott", "SkylakeX", #line),
            (Self.skylakeX, "Nehalem", "SkylakeX", #line),
            (Self.skylakeX, "Haswell", "SkylakeX", #line),        // narrower than the CPU, not only generic
            (Self.skylakeX, "SkylakeX", nil, #line),
            (Self.model207, "Cooperlake", nil, #line),
            (Self.model207, "SapphireRapids", nil, #line),        // a newer library that knows the model
            (Self.model207, "FutureLake", nil, #line),            // unknown to nbrun: trust the library
            (Self.avx2, "Prescott", "Haswell", #line),
            (Self.avx2, "Sandybridge", "Haswell", #line),
            (Self.avx2, "Haswell", nil, #line),
            (Self.avx2, "Zen", nil, #line),
            (Self.avx2 + ["avx512f", "avx512cd"], "Prescott", "Haswell", #line),
            (Self.avx, "Prescott", "Sandybridge", #line),
            (Self.avx, "Sandybridge", nil, #line),
            (Self.sse, "Prescott", nil, #line),                   // an old CPU: generic is right
            ([], "Prescott", nil, #line),                         // not x86
            ([], "NeoverseN1", nil, #line),
        ]
        for (sets, libraryCore, expected, line) in cases {
            XCTAssertEqual(BLASLibrary.coreOverride(for: cpu(sets), libraryCore: libraryCore, userCoreType: nil),
                           expected, "library core \(libraryCore)", line: line)
        }
    }

    func testExplicitCoreTypeIsLeftAlone() {
        for user in ["Haswell", "Prescott", "SkylakeX", "Bogus", ""] {
            XCTAssertNil(BLASLibrary.coreOverride(for: cpu(Self.model207), libraryCore: "Prescott", userCoreType: user),
                         "OPENBLAS_CORETYPE=\(user)")
        }
    }

    func testGenericCoreIsFlaggedOnlyOnModernCPUs() {
        let prescott = library(core: "Prescott")
        XCTAssertTrue(prescott.isGenericCore(on: cpu(Self.model207)))
        XCTAssertTrue(prescott.isGenericCore(on: cpu(Self.avx2)))
        XCTAssertTrue(library(core: "Haswell").isGenericCore(on: cpu(Self.skylakeX)))
        XCTAssertFalse(prescott.isGenericCore(on: cpu(Self.sse)))
        XCTAssertFalse(prescott.isGenericCore(on: cpu(Self.avx)))
        XCTAssertFalse(library(core: "SkylakeX").isGenericCore(on: cpu(Self.model207)))
        XCTAssertFalse(library(core: "NeoverseN1").isGenericCore(on: cpu(Self.model207)))
    }

    /// The library this process loaded runs kernels as wide as this machine's CPU, unless the user chose them; the
    /// loader leaves no OPENBLAS_CORETYPE of its own behind.
    func testLoadedLibraryMatchesThisCPU() throws {
        let user = ProcessInfo.processInfo.environment["OPENBLAS_CORETYPE"]
        let library = try XCTUnwrap(BLASLibrary.current, BLAS.problem ?? "")
        XCTAssertEqual(library.version.map { !$0.isEmpty }, true, library.configuration)
        XCTAssertTrue(library.configuration.contains(library.core), library.configuration)
        XCTAssertTrue(FileManager.default.fileExists(atPath: library.path), library.path)
        XCTAssertEqual(library.userCoreType, user)
        XCTAssertEqual(ProcessInfo.processInfo.environment["OPENBLAS_CORETYPE"], user)
        if user != nil {
            XCTAssertEqual(library.coreSource, .environment)
        } else {
            XCTAssertFalse(library.isGenericCore(), "\(library.summary) on \(CPUFeatures.current.instructionSets)")
            if library.coreSource == .nbrun {
                XCTAssertEqual(library.core, CPUFeatures.current.vectorLevel.openBLASCore)
                XCTAssertLessThan(VectorLevel(openBLASCore: library.libraryCore ?? ""), CPUFeatures.current.vectorLevel)
            } else {
                XCTAssertEqual(library.core, library.libraryCore)
            }
        }
    }

    /// In a fresh process with OPENBLAS_CORETYPE set, the library runs exactly that core and says who chose it.
    func testUserCoreTypeWinsInAFreshProcess() throws {
        for core in ["Haswell", "Nehalem"] {  // both in Debian's 0.3.21 and in scipy-openblas 0.3.34 (which lacks Prescott)
            try assertPassesInChildProcess("BLASCoreChoiceTests/testChildProcessReportsTheExpectedCore",
                                           environment: ["OPENBLAS_CORETYPE": core, "NBRUN_TEST_EXPECTED_CORE": core])
        }
    }

    /// Run by `testUserCoreTypeWinsInAFreshProcess` in a child process (skipped otherwise).
    func testChildProcessReportsTheExpectedCore() throws {
        let environment = ProcessInfo.processInfo.environment
        guard let expected = environment["NBRUN_TEST_EXPECTED_CORE"] else {
            throw XCTSkip("runs in the child process of testUserCoreTypeWinsInAFreshProcess")
        }
        let library = try XCTUnwrap(BLASLibrary.current, BLAS.problem ?? "")
        XCTAssertEqual(library.core, expected)
        XCTAssertEqual(library.coreSource, .environment)
        XCTAssertEqual(library.userCoreType, environment["OPENBLAS_CORETYPE"])
        XCTAssertTrue(library.summary.contains("chosen by OPENBLAS_CORETYPE=\(expected)"), library.summary)
    }

    private func library(core: String) -> BLASLibrary {
        BLASLibrary(path: "/x", configuration: "OpenBLAS 0.3.21 \(core)", core: core, libraryCore: core,
                    userCoreType: nil, coreSource: .library)
    }
}
