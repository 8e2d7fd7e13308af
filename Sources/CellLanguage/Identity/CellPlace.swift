import Diagnostics

/// A place written in one compilation of a cell (`some Shape` annotating a variable at `location`).
struct CellPlace: Hashable {
    let cell: Int
    let location: SourceLocation
}
