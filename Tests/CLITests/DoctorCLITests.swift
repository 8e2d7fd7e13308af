import Foundation
import XCTest

/// `nbrun doctor`, run as a user would: the CPU, the BLAS library, its version, the kernels and who chose them.
final class DoctorCLITests: XCTestCase {
    private let folder = FileManager.default.temporaryDirectory

    /// "key:   value" lines → [key: value].
    private func fields(_ text: String) -> [String: String] {
        var result: [String: String] = [:]
        for line in text.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            result[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return result
    }

    func testDoctorNamesTheLibraryVersionAndCore() throws {
        let user = ProcessInfo.processInfo.environment["OPENBLAS_CORETYPE"]
        let result = try runNBRun(["doctor"], in: folder)
        let values = fields(result.stdout)
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        XCTAssertTrue(try XCTUnwrap(values["blas"]).contains("openblas"), result.stdout)
        XCTAssertTrue(try XCTUnwrap(values["version"]).hasPrefix("OpenBLAS 0."), result.stdout)
        let core = try XCTUnwrap(values["core"]?.split(separator: " ").first.map(String.init), result.stdout)
        XCTAssertTrue(values["version"]!.contains(" \(core) "), "openblas_get_config names the core in use")
        XCTAssertNotNil(values["instruction sets"], result.stdout)
        XCTAssertNotNil(values["cpu"], result.stdout)
        let chooser = try XCTUnwrap(values["chosen by"], result.stdout)
        if let user {
            XCTAssertTrue(chooser.hasPrefix("OPENBLAS_CORETYPE=\(user) "), chooser)
        } else {
            XCTAssertNil(values["warning"], "nbrun runs kernels as wide as the CPU: \(result.stdout)")
            XCTAssertTrue(chooser.hasPrefix("nbrun: ") || chooser == "OpenBLAS's own CPU detection", chooser)
        }
    }

    /// A user's OPENBLAS_CORETYPE wins, even a generic core on a modern CPU: named as the user's choice, with a
    /// warning but exit code 0. (Nehalem: a generic core in Debian's 0.3.21 and in the newer scipy-openblas build,
    /// which has no Prescott.)
    func testUserCoreTypeIsReportedAndLeftAlone() throws {
        let result = try runNBRun(["doctor"], in: folder, environment: ["OPENBLAS_CORETYPE": "Nehalem"])
        let values = fields(result.stdout)
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        XCTAssertEqual(values["core"], "Nehalem (SSE)", result.stdout)
        XCTAssertTrue(try XCTUnwrap(values["chosen by"]).hasPrefix("OPENBLAS_CORETYPE=Nehalem"), result.stdout)
        let modern = try XCTUnwrap(values["instruction sets"]).hasPrefix("AVX2") || values["instruction sets"]!.hasPrefix("AVX-512")
        XCTAssertEqual(values["warning"] != nil, modern, result.stdout)
    }

    /// Where the library came from: NBRUN_OPENBLAS naming a file wins; naming a missing one is a warning (exit 1
    /// is kept for a missing or generic BLAS only) and the next candidate is used.
    func testDoctorNamesWhereTheLibraryCameFrom() throws {
        let system = "/usr/lib/x86_64-linux-gnu/libopenblas.so.0"
        guard FileManager.default.fileExists(atPath: system) else { throw XCTSkip("no \(system)") }
        let chosen = try runNBRun(["doctor"], in: folder, environment: ["NBRUN_OPENBLAS": system])
        XCTAssertEqual(chosen.status, 0, chosen.stdout + chosen.stderr)
        XCTAssertEqual(fields(chosen.stdout)["loaded from"], "NBRUN_OPENBLAS", chosen.stdout)
        let missing = try runNBRun(["doctor"], in: folder, environment: ["NBRUN_OPENBLAS": "/nonexistent/libopenblas.so"])
        XCTAssertEqual(missing.status, 0, missing.stdout + missing.stderr)
        XCTAssertTrue(fields(missing.stdout)["warning"]?.contains("/nonexistent/libopenblas.so") == true, missing.stdout)
        XCTAssertNotEqual(fields(missing.stdout)["loaded from"], "NBRUN_OPENBLAS", missing.stdout)
    }
}
