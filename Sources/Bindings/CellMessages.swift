import Plots

/// The progress lines the built-in modules print into a cell's output, in the notebook's language.
struct CellMessages: Sendable {
    /// The language of the page the cells' output is shown on.
    let language: PlotLanguage

    /// Messages for a notebook whose front matter says `lang: tag` (English for a tag it does not know).
    init(languageTag: String?) {
        language = PlotLanguage(tag: languageTag)
    }

    /// A GPT training progress line, as in "step 100/400: loss 2.1034".
    func step(_ done: Int, of steps: Int, loss: String) -> String {
        switch language {
        case .english: return "step \(done)/\(steps): loss \(loss)\n"
        case .italian: return "passo \(done)/\(steps): perdita \(loss)\n"
        }
    }

    /// A network training progress line, as in "epoch 25/100: loss 0.3012, accuracy 87.5%".
    func epoch(_ done: Int, of epochs: Int, loss: String, accuracy: Double) -> String {
        switch language {
        case .english: return "epoch \(done)/\(epochs): loss \(loss), accuracy \(accuracy)%\n"
        case .italian: return "epoca \(done)/\(epochs): perdita \(loss), accuratezza \(accuracy)%\n"
        }
    }
}
