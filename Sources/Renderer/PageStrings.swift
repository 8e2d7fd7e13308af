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
        }
    }
}
