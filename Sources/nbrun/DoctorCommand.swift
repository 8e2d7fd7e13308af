import ArgumentParser
import Foundation
import Tensors

/// `nbrun doctor`: what the numerics run on — the CPU's vector instructions and the BLAS library (where it was
/// loaded from), its version, the kernels in use and who chose them, and its threads. The values come from `Tensors` (`CPUFeatures`, `BLASLibrary`).
struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Show the CPU's instruction sets and the BLAS library, version and kernels matrix products use.",
        discussion: """
        Exit codes: 0 all well; 1 OpenBLAS could not be loaded (products run on a plain loop), or it runs kernels \
        narrower than the CPU's vector instructions that the user did not choose with OPENBLAS_CORETYPE.
        """
    )

    mutating func run() throws {
        let cpu = CPUFeatures.current
        var lines: [(String, String)] = [
            ("cpu", cpu.identification),
            ("instruction sets", "\(cpu.vectorLevel): \(cpu.instructionSets.joined(separator: " "))"),
        ]
        var healthy = true
        if let library = BLASLibrary.current {
            lines += [
                ("blas", library.path),
                ("loaded from", library.source.description
                    + (library.source == .system ? " (a newer one: scripts/install-openblas.sh, or NBRUN_OPENBLAS=file)" : "")),
                ("version", library.configuration),
                ("core", "\(library.core) (\(library.coreLevel))"),
                ("chosen by", Self.chooser(of: library, on: cpu)),
                ("threads", String(BLAS.threadCount)),
            ]
            if let passedOver = library.passedOver { lines.append(("warning", "not used: \(passedOver)")) }
            if library.isGenericCore(on: cpu) {
                lines.append(("warning", "generic \(library.coreLevel) kernels on this \(cpu.vectorLevel) CPU: matrix "
                              + "products run at a fraction of the machine's speed"))
                healthy = library.coreSource == .environment
            }
        } else {
            lines += [("blas", "not loaded: \(BLAS.problem ?? "?"); products run on a plain loop "
                       + "(install libopenblas0, e.g. scripts/setup.sh)")]
            healthy = false
        }
        let width = lines.map(\.0.count).max() ?? 0
        for (key, value) in lines {
            print((key + ":").padding(toLength: width + 2, withPad: " ", startingAt: 0) + value)
        }
        if !healthy { throw ExitCode(1) }
    }

    /// Who chose the core, with the library's own choice when nbrun overrode it.
    static func chooser(of library: BLASLibrary, on cpu: CPUFeatures) -> String {
        switch library.coreSource {
        case .environment:
            return "OPENBLAS_CORETYPE=\(library.userCoreType ?? "") (the user's choice; nbrun leaves it alone)"
        case .nbrun:
            let own = library.libraryCore ?? "?"
            return "nbrun: OpenBLAS \(library.version ?? "?") chose \(own) (\(VectorLevel(openBLASCore: own))), "
                + "narrower than this \(cpu.vectorLevel) CPU (set OPENBLAS_CORETYPE to choose yourself)"
        case .library:
            return "OpenBLAS's own CPU detection"
        }
    }
}
