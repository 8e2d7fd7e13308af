import CellLanguage
import Parameters
import Plots

/// Installs the built-in modules into an interpreter, so cells can use them without an import.
public enum CellBindings {
    /// Registers every module's functions and types in `interpreter`; `parameters` are the values controls return.
    ///
    /// `courseText` supplies `courseText()`: the prose of the course's notebooks. `language` is the notebook's
    /// `lang` tag: figure descriptions and training progress lines are written in it (English when unknown).
    /// Returns the state the bindings keep outside the interpreter (a live page's runner changes it between states).
    @discardableResult
    public static func install(in interpreter: Interpreter, parameters: [String: ParameterValue] = [:],
                               courseText: @escaping () -> String = { "" }, language: String? = nil) -> BindingState {
        let state = BindingState(controls: parameters)
        let messages = CellMessages(languageTag: language)
        var cachedCourseText: String?
        interpreter.register(NativeFunction("courseText", parameters: [], returns: .string) { _ in
            if cachedCourseText == nil { cachedCourseText = courseText() }
            return .string(cachedCourseText ?? "")
        })
        ControlBindings.install(in: interpreter, parameters: state)
        PlotBindings.install(in: interpreter, state: state, language: messages.language)
        TableBindings.install(in: interpreter)
        RandomBindings.install(in: interpreter)
        TensorBindings.install(in: interpreter)
        TensorOperatorBindings.install(in: interpreter)
        OptimizerBindings.install(in: interpreter)
        LayerParameterBindings.install(in: interpreter)
        RegressionBindings.install(in: interpreter)
        NeuralNetworkBindings.install(in: interpreter, messages: messages)
        TextBindings.install(in: interpreter)
        TransformerBindings.install(in: interpreter, messages: messages)
        return state
    }
}
