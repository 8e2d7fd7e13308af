import Foundation
import NotebookFormat
import Parameters
import Renderer
import Runner

/// Runs a notebook for its page: with live states when the page's controls should move, as before otherwise.
enum LivePresentation {
    /// The run, and on a live page the states and the re-run command's words in `context`.
    static func run(_ notebook: Notebook, controls: [Control], parameters: ParameterSet, options: RunOptions,
                    context: inout PageContext) -> NotebookRun {
        guard options.live, !controls.isEmpty else { return NotebookRunner.run(notebook, options: options) }
        var (run, states) = LiveRunner.run(notebook, controls: controls, options: options, budget: options.liveBudget)
        var layouts: [String?] = []
        if let cache = options.cache {
            if let data = LiveLayoutCache.data(states, notebook: notebook, options: options, cache: cache) {
                layouts = data
            } else {
                // A cached segment's results could not be read: compute the states again.
                (run, states) = LiveRunner.run(notebook, controls: controls, options: options, budget: options.liveBudget,
                                               readingStates: false)
                layouts = LiveLayoutCache.data(states, notebook: notebook, options: options, cache: cache) ?? []
            }
        }
        let path = relativePath(notebook.path)
        context.rerunCommand = ControlPresentation.rerunCommand(path, parameters)
        var fixed: [String: String] = [:]
        for control in controls {
            fixed[control.name] = word(control.name, parameters.values[control.name] ?? control.defaultValue)
        }
        var words: [String: [String: String]] = [:]
        for group in states.groups {
            for (name, values) in zip(group.controls, group.values) {
                words[name] = Dictionary(uniqueKeysWithValues: values.map { ($0, ControlPresentation.shellQuoted("\(name)=\($0)")) })
            }
        }
        context.live = LivePageInput(states: states, rerunPrefix: "nbrun " + ControlPresentation.shellQuoted(path),
                                     rerunOrder: controls.map(\.name), rerunFixed: fixed, rerunWords: words)
        context.live?.groupData = layouts
        return run
    }

    /// The notebook's path relative to the folder it is in (the page's source folder): its file name, never a path
    /// of the machine the page was built on.
    static func relativePath(_ path: String) -> String {
        URL(fileURLWithPath: path).lastPathComponent
    }

    private static func word(_ name: String, _ value: ParameterValue) -> String {
        ControlPresentation.shellQuoted("\(name)=\(value.description)")
    }
}
