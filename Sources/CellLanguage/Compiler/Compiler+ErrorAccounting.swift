import Diagnostics

/// A position in the generator's log (`Compiler.errorMark()`), to ask whether a body or a trial compilation met errors.
struct ErrorMark {
    let position: Int
}

extension Compiler {
    /// Where the generator's log (`diagnostics`) stands now.
    func errorMark() -> ErrorMark {
        ErrorMark(position: diagnostics.count)
    }

    /// Whether the generator met a problem since `mark`: a diagnostic it reported (an error, or a warning: the
    /// decisions have always counted both) or an error the type checker had already reported, which the generator
    /// meets without reporting it again (`GeneratorDiagnostics.appendAlreadyReported`). The one question a body's
    /// `hasErrors`, a trial compilation's fit and the standard library's label fallbacks ask.
    func hasErrors(since mark: ErrorMark) -> Bool {
        diagnostics.count > mark.position
    }

    /// Forgets what the log took since `mark` (a trial compilation thrown away), the already-reported errors included.
    func forgetErrors(since mark: ErrorMark) {
        diagnostics.removeSubrange(mark.position...)
    }

    /// Adds the cell's checker diagnostics and the generator's already-reported errors to `compileCounts`, once the
    /// cell compiled.
    func countCheckedDiagnostics() {
        compileCounts.alreadyReported += diagnostics.alreadyReportedCount
        if takesCheckedDiagnostics { compileCounts.checkerDiagnostics += typeTable.checked?.diagnostics.count ?? 0 }
    }

    /// Reports `diagnostic`, unless the type checker already reported it (the same message, notes and position: the
    /// checker's error on the same node, `TypeChecker+Diagnostics`); the generator then notes an already-reported
    /// error, which counts for its decisions but is no second diagnostic. Not while the oracles run
    /// (`takesCheckedDiagnostics`): the generator then reports every error itself, to be compared with the checker's.
    /// A specialization's error where one was reported already is not reported again either.
    func report(_ diagnostic: Diagnostic) {
        if takesCheckedDiagnostics, typeTable.checked?.hasReported(diagnostic) == true {
            diagnostics.appendAlreadyReported(diagnostic)
        } else if case .arguments? = recordedSpecialization, diagnostics.hasReported(atPositionOf: diagnostic) {
            // A generic body's mistake is reported once, by its check with placeholders or its first specialization,
            // not again for every type it is specialized with (`[T]`, then `[Int]`, then `[String]`).
            diagnostics.appendAlreadyReported(diagnostic)
        } else {
            diagnostics.append(diagnostic)
        }
    }
}
