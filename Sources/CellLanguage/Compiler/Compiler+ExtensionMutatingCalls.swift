import Diagnostics

/// A protocol extension's `mutating` method called on a variable of a conforming type (`line.bump()` with
/// `extension Model { mutating func bump() { w += 1 } }`): the method's body sees `self` as the protocol value, so the
/// variable's value is wrapped for the call and its changed value unwrapped back into the variable.
extension Compiler {
    /// `place`, holding a value of `tag`'s concrete type, seen as the protocol value `tag` wraps it in.
    static func existentialView(of place: Place, through tag: ExistentialTag, as type: CType) -> Place {
        let modify = place.modify
        var view = place
        view.type = type
        view.slot = nil  // its accesses go through the new `modify`
        view.modify = { frame, body in
            try modify(frame) { concrete in
                var wrapped = tag.wrap(concrete)
                concrete = .void  // the wrapped copy is the only owner during the call
                defer { concrete = ExistentialTag.unwrap(wrapped)?.1 ?? wrapped }
                try body(&wrapped)
            }
        }
        if let read = place.read, let write = place.write {
            view.read = { frame in tag.wrap(try read(frame)) }
            view.write = { frame, value in try write(frame, ExistentialTag.unwrap(value)?.1 ?? value) }
        }
        return view
    }
}
