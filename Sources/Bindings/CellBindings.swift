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
        install(in: interpreter, catalog: BindingCatalog(), parameters: parameters, courseText: courseText, language: language)
    }

    /// Installs every module, recording the typed declarations in `catalog` (for the generated reference), one
    /// reference section per module in the order below.
    @discardableResult
    static func install(in interpreter: Interpreter, catalog: BindingCatalog, parameters: [String: ParameterValue] = [:],
                        courseText: @escaping () -> String = { "" }, language: String? = nil) -> BindingState {
        let bind = ModuleBinder(interpreter: interpreter, catalog: catalog, section: "Notebook")
        let state = BindingState(controls: parameters)
        let messages = CellMessages(languageTag: language)
        var cachedCourseText: String?
        bind.function("courseText", doc: "The prose of the course's notebooks (for training a model on the course).") {
            if cachedCourseText == nil { cachedCourseText = courseText() }
            return cachedCourseText ?? ""
        }
        ControlBindings.install(bind.section("Controls"), parameters: state)
        RandomBindings.install(bind.section("Random"))
        TensorBindings.install(bind.section("Tensor"))
        RegressionBindings.install(bind.section("Regression"))
        NeuralNetworkBindings.install(bind.section("Neural networks"), messages: messages)
        TextBindings.install(bind.section("Text"))
        TransformerBindings.install(bind.section("Transformer"), messages: messages)
        LayerParameterBindings.install(bind.section("Layers"))
        PlotBindings.install(bind.section("Plots"), state: state, language: messages.language)
        TableBindings.install(bind.section("Tables"))
        return state
    }
}
