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
    /// warning but exit code 0.
    func testUserCoreTypeIsReportedAndLeftAlone() throws {
        let result = try runNBRun(["doctor"], in: folder, environment: ["OPENBLAS_CORETYPE": "Prescott"])
        let values = fields(result.stdout)
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        XCTAssertEqual(values["core"], "Prescott (SSE)", result.stdout)
        XCTAssertTrue(try XCTUnwrap(values["chosen by"]).hasPrefix("OPENBLAS_CORETYPE=Prescott"), result.stdout)
        let modern = try XCTUnwrap(values["instruction sets"]).hasPrefix("AVX2") || values["instruction sets"]!.hasPrefix("AVX-512")
        XCTAssertEqual(values["warning"] != nil, modern, result.stdout)
    }
}
