import Diagnostics

/// A place in a specialization's signature (`some Shape` written at `location`).
struct SpecializedPlace: Hashable {
    let specialization: SpecializationKey
    let location: SourceLocation
}
