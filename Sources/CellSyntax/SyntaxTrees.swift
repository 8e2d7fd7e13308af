import Foundation
import SwiftParser
import SwiftSyntax

/// One parse per cell: the syntax tree of a cell's code, shared by the interpreter, the parameter scanner and the
/// highlighter (each asks for the same code, the first parses it).
///
/// Trees are kept by code, at most `capacity` of them (the oldest go first), so a long-running preview does not grow
/// without bound. Safe to use from several threads (a site renders its pages in parallel).
public enum SyntaxTrees {
    /// How many trees are kept.
    public static let capacity = 1024

    private static let store = Store()

    /// The syntax tree of `code`, parsed once.
    public static func tree(for code: String) -> SourceFileSyntax {
        if let tree = store.lookup(code) { return tree }
        let tree = parse(code)
        store.insert(tree, for: code)
        return tree
    }

    /// Parses `code`. Code nesting `[` too deeply, which the interpreter refuses, is not parsed (the parser's
    /// lookahead would take time exponential in the depth): its tree is empty, so the highlighter shows it as plain
    /// text and the parameter scanner finds no control in it.
    private static func parse(_ code: String) -> SourceFileSyntax {
        guard BracketDepth.offsetBeyondLimit(in: code) == nil else { return Parser.parse(source: "") }
        return Parser.parse(source: code)
    }

    /// The cache behind `tree(for:)`: a dictionary and an insertion order, under a lock.
    private final class Store: @unchecked Sendable {
        private let lock = NSLock()
        private var trees: [String: SourceFileSyntax] = [:]
        private var order: [String] = []

        func lookup(_ code: String) -> SourceFileSyntax? {
            lock.lock()
            defer { lock.unlock() }
            return trees[code]
        }

        func insert(_ tree: SourceFileSyntax, for code: String) {
            lock.lock()
            defer { lock.unlock() }
            guard trees[code] == nil else { return }
            if order.count >= SyntaxTrees.capacity {
                let evicted = order.prefix(SyntaxTrees.capacity / 4)
                for key in evicted { trees[key] = nil }
                order.removeFirst(evicted.count)
            }
            trees[code] = tree
            order.append(code)
        }
    }
}
