/// How a statement finished: normally, or by `break`/`continue` (with a label id, 0 for the innermost loop) or
/// `return` (the value is in the frame's return slot).
enum Flow {
    case normal
    case breakLoop(Int)
    case continueLoop(Int)
    case returned
}
