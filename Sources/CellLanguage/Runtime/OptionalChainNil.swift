/// Thrown inside an optional chain when a link is nil; the chain's outermost expression turns it into nil.
struct OptionalChainNil: Error {}
