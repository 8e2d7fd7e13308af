import Foundation
import XCTest

/// Runs the Python oracles scripts/python-tools.sh installs in .venv-test (nbformat's validator, nbconvert,
/// jsonschema). `scripts/test.sh` sets NBRUN_REQUIRE_PYTHON_TOOLS=1, so there a missing tool fails the test; a bare
/// `swift test` without the venv skips these checks.
enum PythonOracle {
    /// The repository's root folder.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The venv's python, or a skip (a failure under scripts/test.sh) when it is missing.
    static func python() throws -> URL {
        let path = ProcessInfo.processInfo.environment["NBRUN_TEST_PYTHON"]
            ?? root.appendingPathComponent(".venv-test/bin/python").path
        guard FileManager.default.isExecutableFile(atPath: path) else {
            if ProcessInfo.processInfo.environment["NBRUN_REQUIRE_PYTHON_TOOLS"] == "1" {
                XCTFail("the Python test tools are missing: run scripts/python-tools.sh")
            }
            throw XCTSkip("the Python test tools are not installed (scripts/python-tools.sh)")
        }
        return URL(fileURLWithPath: path)
    }

    /// Runs `script` with `arguments`; returns the exit status and everything it printed.
    static func run(_ script: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = try python()
        process.arguments = ["-c", script] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Validates a notebook with nbformat's own validator (the schema of its declared version).
    static func validateNotebook(_ path: String) throws -> (status: Int32, output: String) {
        try run("""
        import sys, nbformat
        nb = nbformat.read(sys.argv[1], as_version=nbformat.NO_CONVERT)
        nbformat.validate(nb)
        print("valid", nb.nbformat, nb.nbformat_minor, len(nb.cells))
        """, [path])
    }

    /// Converts a notebook to HTML with nbconvert, as a Jupyter user would (`jupyter nbconvert --to html`).
    static func nbconvertHTML(_ path: String, output: String) throws -> (status: Int32, output: String) {
        try run("""
        import sys
        from nbconvert.nbconvertapp import main
        sys.argv = ["jupyter-nbconvert", "--to", "html", "--log-level=ERROR", sys.argv[1], "--output", sys.argv[2]]
        main()
        """, [path, output])
    }

    /// Validates a JSON file against a JSON Schema (draft 2020-12).
    static func validateJSON(_ path: String, schema: String) throws -> (status: Int32, output: String) {
        try run("""
        import sys, json, jsonschema
        schema = json.load(open(sys.argv[2]))
        jsonschema.Draft202012Validator.check_schema(schema)
        errors = list(jsonschema.Draft202012Validator(schema).iter_errors(json.load(open(sys.argv[1]))))
        for error in errors: print(list(error.absolute_path), error.message)
        sys.exit(1 if errors else 0)
        """, [path, schema])
    }
}
