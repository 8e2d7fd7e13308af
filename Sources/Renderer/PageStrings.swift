import NotebookFormat

/// The few words nbrun itself puts on a page, in the notebook's language (Italian or English).
struct PageStrings {
    let contents: String
    let madeWith: String
    let courseIndex: String
    let lessons: String
    let lessonNavigation: String
    let backToText: String
    let parameters: String
    let defaultValue: String
    let rerun: String
    let diagram: String
    /// The words before a figure's, a table's and an equation's number ("Figura", "Tabella", "Equazione").
    let referenceWords: [CrossReferences.Kind: String]
    /// The default titles of callouts ("Nota", "Suggerimento", …).
    let calloutTitles: [Callout.Kind: String]

    /// The strings for a BCP 47 language tag; English for languages without a translation.
    init(language: String?) {
        if language?.lowercased().hasPrefix("it") == true {
            contents = "Indice"
            madeWith = "Pagina generata con nbrun da"
            courseIndex = "Indice del corso"
            lessons = "Lezioni"
            lessonNavigation = "Navigazione tra le lezioni"
            backToText = "torna al testo"
            parameters = "Parametri di questa esecuzione"
            defaultValue = "predefinito"
            rerun = "Per rieseguire la lezione con altri valori:"
            diagram = "Diagramma"
            referenceWords = [.figure: "Figura", .table: "Tabella", .equation: "Equazione"]
            calloutTitles = [.note: "Nota", .tip: "Suggerimento", .warning: "Attenzione", .important: "Importante",
                             .caution: "Cautela"]
        } else {
            contents = "Contents"
            madeWith = "Made with nbrun from"
            courseIndex = "Course index"
            lessons = "Lessons"
            lessonNavigation = "Lessons"
            backToText = "back to text"
            parameters = "Parameters of this run"
            defaultValue = "default"
            rerun = "To run the lesson again with other values:"
            diagram = "Diagram"
            referenceWords = [.figure: "Figure", .table: "Table", .equation: "Equation"]
            calloutTitles = [.note: "Note", .tip: "Tip", .warning: "Warning", .important: "Important", .caution: "Caution"]
        }
    }
}
