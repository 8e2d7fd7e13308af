/// Where a word-typed expression's value comes from when it is simple enough to be read inside the closure of the
/// operation that uses it (see `FusedOperation`): a word of the current frame, or a constant word.
enum Operand {
    /// The word at this slot of the frame the code runs in.
    case local(Int)
    /// A constant: an Int, a Double's bit pattern or a Bool as 0/1.
    case constant(Int)
}
