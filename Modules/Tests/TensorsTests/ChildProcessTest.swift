import Foundation
import XCTest

/// Runs one test of this test bundle in a fresh process with extra environment variables (OpenBLAS reads its
/// settings only while loading, once per process) and asserts that it ran and passed.
func assertPassesInChildProcess(
    _ test: String, environment extra: [String: String], file: StaticString = #filePath, line: UInt = #line
) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
    process.arguments = ["TensorsTests.\(test)"]
    process.environment = ProcessInfo.processInfo.environment.merging(extra) { _, new in new }
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    XCTAssertEqual(process.terminationStatus, 0, text, file: file, line: line)
    let name = test.split(separator: "/").last.map(String.init) ?? test
    XCTAssertTrue(text.contains("\(name)' passed"), text, file: file, line: line)
}
