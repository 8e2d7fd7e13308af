import CellLanguage
import Parameters

/// Installs the built-in modules into an interpreter, so cells can use them without an import.
public enum CellBindings {
    /// Registers every module's functions and types in `interpreter`; `parameters` are the values controls return.
    ///
    /// `courseText` supplies `courseText()`: the prose of the course's notebooks, the lessons' own training text.
    /// Returns the box the controls read their values from (a live page's runner changes them between states).
    @discardableResult
    public static func install(in interpreter: Interpreter, parameters: [String: ParameterValue] = [:],
                               courseText: @escaping () -> String = { "" }) -> ControlValues {
        let controlValues = ControlValues(parameters)
        var cachedCourseText: String?
        interpreter.register(NativeFunction("courseText", parameters: [], returns: .string) { _ in
            if cachedCourseText == nil { cachedCourseText = courseText() }
            return .string(cachedCourseText ?? "")
        })
        ControlBindings.install(in: interpreter, parameters: controlValues)
        PlotBindings.install(in: interpreter)
        RandomBindings.install(in: interpreter)
        TensorBindings.install(in: interpreter)
        RegressionBindings.install(in: interpreter)
        NeuralNetworkBindings.install(in: interpreter)
        TextBindings.install(in: interpreter)
        TransformerBindings.install(in: interpreter)
        return controlValues
    }
}
