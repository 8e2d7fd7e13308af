import Foundation
import COpenBLAS
import SeededRandom
import Tensors
import XCTest

/// OpenBLAS is opened on first use; without it, products fall back on a plain loop that must give the same results.
final class BLASLoaderTests: XCTestCase {
    func testOpenBLASIsLoadedOnFirstUse() {
        var c = [Double](repeating: 0, count: 4)
        BLAS.gemm(transposeA: false, transposeB: false, m: 2, n: 2, k: 2, a: [1, 2, 3, 4], b: [5, 6, 7, 8], c: &c)
        XCTAssertEqual(c, [19, 22, 43, 50])
        XCTAssertNil(BLAS.problem, "OpenBLAS is installed on this machine (scripts/setup.sh)")
        XCTAssertGreaterThanOrEqual(BLAS.threadCount, 1)
    }

    /// The fallback agrees with OpenBLAS on every transpose combination, with leading dimensions wider than the
    /// matrices, alpha and beta (tolerance 1e-12 relative in Double, 1e-5 in Float: only the summation order differs).
    func testPlainLoopMatchesOpenBLAS() throws {
        var random = Random(seed: 3)
        let (m, n, k, pad) = (5, 4, 7, 3)
        let a = (0..<(max(m, k) * (max(m, k) + pad))).map { _ in random.uniform(low: -1, high: 1) }
        let b = (0..<(max(n, k) * (max(n, k) + pad))).map { _ in random.uniform(low: -1, high: 1) }
        let start = (0..<(m * (n + pad))).map { _ in random.uniform(low: -1, high: 1) }
        for transposeA in [false, true] {
            for transposeB in [false, true] {
                let lda = (transposeA ? m : k) + pad, ldb = (transposeB ? k : n) + pad, ldc = n + pad
                var expected = start, actual = start
                BLAS.gemm(transposeA: transposeA, transposeB: transposeB, m: m, n: n, k: k, alpha: 0.5,
                          a: a, lda: lda, b: b, ldb: ldb, beta: -2, c: &expected, ldc: ldc)
                nbrun_plain_dgemm(transposeA ? 1 : 0, transposeB ? 1 : 0, Int32(m), Int32(n), Int32(k), 0.5, a,
                                  Int32(lda), b, Int32(ldb), -2, &actual, Int32(ldc))
                for (x, y) in zip(expected, actual) { XCTAssertEqual(x, y, accuracy: 1e-12 * max(1, abs(x))) }

                let af = a.map(Float.init), bf = b.map(Float.init)
                var expectedFloat = start.map(Float.init), actualFloat = expectedFloat
                BLAS.gemm(transposeA: transposeA, transposeB: transposeB, m: m, n: n, k: k, alpha: 0.5,
                          a: af, lda: lda, b: bf, ldb: ldb, beta: -2, c: &expectedFloat, ldc: ldc)
                nbrun_plain_sgemm(transposeA ? 1 : 0, transposeB ? 1 : 0, Int32(m), Int32(n), Int32(k), 0.5, af,
                                  Int32(lda), bf, Int32(ldb), -2, &actualFloat, Int32(ldc))
                for (x, y) in zip(expectedFloat, actualFloat) { XCTAssertEqual(x, y, accuracy: 1e-5 * max(1, abs(x))) }
            }
        }
    }

    /// The loader's order: NBRUN_OPENBLAS, then the newer OpenBLAS scripts/install-openblas.sh installs (under XDG_DATA_HOME,
    /// else ~/.local/share; a relative XDG_DATA_HOME is ignored, as the XDG specification says), then the system's.
    func testCandidatesFollowTheEnvironment() {
        let installed = "nbrun/openblas/libscipy_openblas.so"
        let system: [(String, BLASLibrary.Source)] = [("libopenblas.so.0", .system), ("libopenblas.so", .system)]
        func check(_ explicitFile: String?, _ dataHome: String?, _ home: String?, _ expected: [(String, BLASLibrary.Source)],
                   line: UInt = #line) {
            let actual = BLASLibrary.candidates(explicitFile: explicitFile, dataHome: dataHome, home: home)
            XCTAssertEqual(actual.map(\.path), expected.map(\.0), line: line)
            XCTAssertEqual(actual.map(\.source), expected.map(\.1), line: line)
        }
        check("/opt/blas/libopenblas.so", "/data", "/home/u",
              [("/opt/blas/libopenblas.so", .environment), ("/data/" + installed, .installed)] + system)
        check(nil, nil, "/home/u", [("/home/u/.local/share/" + installed, .installed)] + system)
        check("", "relative/dir", "/home/u", [("/home/u/.local/share/" + installed, .installed)] + system)
        check(nil, nil, nil, system)
    }

    /// In a fresh process: NBRUN_OPENBLAS naming a library makes it the one in use; naming a missing file falls
    /// back on the next candidate and says why.
    func testExplicitLibraryInAFreshProcess() throws {
        let systemLibrary = "/usr/lib/x86_64-linux-gnu/libopenblas.so.0"
        guard FileManager.default.fileExists(atPath: systemLibrary) else { throw XCTSkip("no \(systemLibrary)") }
        for (file, expectation) in [(systemLibrary, "environment"), ("/nonexistent/libopenblas.so", "passed over")] {
            try assertPassesInChildProcess("BLASLoaderTests/testChildProcessUsesTheExpectedLibrary",
                                           environment: ["NBRUN_OPENBLAS": file, "NBRUN_TEST_EXPECTED_LIBRARY": expectation])
        }
    }

    /// Run by `testExplicitLibraryInAFreshProcess` in a child process (skipped otherwise).
    func testChildProcessUsesTheExpectedLibrary() throws {
        let environment = ProcessInfo.processInfo.environment
        guard let expected = environment["NBRUN_TEST_EXPECTED_LIBRARY"], let file = environment["NBRUN_OPENBLAS"] else {
            throw XCTSkip("runs in the child process of testExplicitLibraryInAFreshProcess")
        }
        let library = try XCTUnwrap(BLASLibrary.current, BLAS.problem ?? "")
        if expected == "environment" {
            XCTAssertEqual(library.source, .environment)
            XCTAssertEqual(library.path, URL(fileURLWithPath: file).resolvingSymlinksInPath().path)
            XCTAssertNil(library.passedOver)
        } else {
            XCTAssertNotEqual(library.source, .environment)
            XCTAssertTrue(library.passedOver?.contains(file) == true, library.passedOver ?? "nil")
        }
        var c = [Double](repeating: 0, count: 4)
        BLAS.gemm(transposeA: false, transposeB: false, m: 2, n: 2, k: 2, a: [1, 2, 3, 4], b: [5, 6, 7, 8], c: &c)
        XCTAssertEqual(c, [19, 22, 43, 50])
    }
}
