import Foundation
import XCTest

/// What one run of the `nbrun` executable did.
struct NBRunResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs the `nbrun` executable built next to the test bundle, in `folder`, as a user would from a shell
/// (`environment` adds to or replaces variables of the test's own environment).
func runNBRun(_ arguments: [String], in folder: URL, environment: [String: String] = [:]) throws -> NBRunResult {
    let products = Bundle.main.bundleURL.pathExtension == "xctest"
        ? Bundle.main.bundleURL.deletingLastPathComponent() : Bundle.main.bundleURL
    let process = Process()
    process.executableURL = products.appendingPathComponent("nbrun")
    process.arguments = arguments
    process.currentDirectoryURL = folder
    if !environment.isEmpty {
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    }
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    // Read both pipes before waiting, so a chatty process cannot block on a full pipe.
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return NBRunResult(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                       stderr: String(decoding: stderr, as: UTF8.self))
}
