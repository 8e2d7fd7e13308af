import Diagnostics

/// The `Collection` index members of `[Element]`: an array's indices are Ints from `startIndex` (0) to `endIndex`
/// (`count`), and moving an index is adding to it, as Swift's `Array` does (no bounds check until it subscripts).
enum ArrayIndexMembers {
    static let members: [StdlibMember] = [
        StdlibMember("var startIndex: Int", "The first index, 0.") { _ in
            Typed(type: .int, code: .int { _ in 0 })
        },
        StdlibMember("var endIndex: Int", "The index after the last element, `count`.") { site in
            let array = site.value
            return Typed(type: .int, code: .int { try array($0).arrayValue.count })
        },
        StdlibMember("func index(after i: Int) -> Int", "`i + 1`.") { site in
            moved(site, by: { _ in 1 })
        },
        StdlibMember("func index(before i: Int) -> Int", "`i - 1`.") { site in
            moved(site, by: { _ in -1 })
        },
        StdlibMember("func index(_ i: Int, offsetBy distance: Int) -> Int", "`i + distance`.") { site in
            let distance = site.argument(1, as: .int)
            return moved(site, by: { try distance($0).intValue })
        },
    ]

    /// The index argument moved by `offset` (an overflow is Swift's run-time error).
    private static func moved(_ site: ValueSite, by offset: @escaping (Frame) throws -> Int) -> Typed {
        let array = site.value, index = site.argument(0, as: .int), location = site.location
        return Typed(type: .int, code: .int { frame in
            _ = try array(frame)
            return try IntAdd.apply(try index(frame).intValue, try offset(frame), location)
        })
    }
}
