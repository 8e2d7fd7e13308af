import Diagnostics
import Foundation
import NotebookFormat
import Parameters
import Runner

/// Runs a parsed notebook with parameters, as a page build does, for the converters.
enum NotebookExecution {
    /// The run and the parameters in effect, or the parameter errors (nothing ran).
    static func run(_ notebook: Notebook, options: RunOptions, assignments: [ParameterAssignment])
        -> Result<(NotebookRun, ParameterSet), NotebookError> {
        let (controls, controlErrors) = ControlScanner.scan(notebook)
        var parameters = ParameterSet(controls: controls)
        let errors = controlErrors + parameters.apply(assignments)
        guard errors.isEmpty else { return .failure(NotebookError(errors)) }
        var options = options
        options.parameters = parameters.values
        let folder = URL(fileURLWithPath: notebook.path).deletingLastPathComponent().path
        options.courseText = { CourseText.prose(ofNotebooksIn: folder) }
        return .success((NotebookRunner.run(notebook, options: options), parameters))
    }
}
