import Foundation
import NotebookFormat

/// The words a live page adds, in the notebook's language (Italian or English).
struct LiveStrings {
    let italian: Bool

    init(language: String?) {
        italian = language?.lowercased().hasPrefix("it") == true
    }

    var rerun: String {
        italian ? "Per rieseguire la lezione con questi valori (nella cartella della lezione):"
                : "To run the lesson with these values (in the lesson's folder):"
    }

    var oneAtATime: String {
        italian ? "La pagina contiene ogni valore di ciascuno di questi controlli con gli altri ai valori iniziali; il comando qui sotto calcola le altre combinazioni."
                : "The page holds every value of each of these controls with the others at their starting values; the command below computes the other combinations."
    }

    var missing: String {
        italian ? "Questa combinazione di valori non è nella pagina: il comando di riesecuzione la calcola."
                : "This combination of values is not in the page: the re-run command computes it."
    }

    func staticControl(_ reason: String) -> String {
        italian ? "Questo controllo non si muove nella pagina (\(reason)): usa il comando qui sotto."
                : "This control does not move in the page (\(reason)): use the command below."
    }

    func staticCell(_ reason: String) -> String {
        italian ? "Questo risultato è calcolato con i valori iniziali dei controlli (\(reason)); il comando di riesecuzione calcola gli altri."
                : "This output is for the controls' starting values (\(reason)); the re-run command computes others."
    }

    func reason(_ reason: LiveStates.Reason) -> String {
        switch reason {
        case .optedOut:
            return italian ? "la cella è marcata live: false" : "the cell is marked live: false"
        case .slow(let seconds):
            // The budget's limit, not the measured time: the page must not change with the machine's load.
            let time = seconds == seconds.rounded() ? String(format: "%.0f s", seconds) : String(format: "%.1f s", seconds)
            return italian ? "la cella richiede più di \(time) di calcolo; //| live: true la ricalcola comunque"
                           : "the cell takes more than \(time) of computing; //| live: true recomputes it anyway"
        case .usesStatic(let cell):
            return italian ? "usa la cella \(cell + 1), che non è ricalcolata" : "it uses cell \(cell + 1), which is not recomputed"
        case .readsBetween:
            return italian ? "legge valori cambiati da celle eseguite tra i controlli e lei"
                           : "it reads values changed by cells run between its controls and it"
        case .didNotRun:
            return italian ? "la cella non è arrivata alla fine" : "the cell did not run to the end"
        case .overBudget(let combinations):
            return italian ? "\(combinations) combinazioni di valori superano il limite della pagina"
                           : "\(combinations) combinations of values are over the page's budget"
        case .notComputed:
            return italian ? "non è stato possibile calcolarne gli stati" : "its states could not be computed"
        case .notReproducible:
            return italian ? "ricalcolarla non riproduce il risultato dell'esecuzione"
                           : "recomputing it does not reproduce the run's result"
        }
    }
}
