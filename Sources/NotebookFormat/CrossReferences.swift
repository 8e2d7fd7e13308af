/// The numbered things of a notebook — figures, tables, equations — by label, numbered in document order as Quarto
/// numbers them: a cell labelled `fig-…` or `tbl-…`, an image with `{#fig-…}`, a formula with `{#eq-…}`.
public struct CrossReferences: Hashable, Sendable {
    /// What a label numbers; the label's prefix says which.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case figure = "fig"
        case table = "tbl"
        case equation = "eq"
    }

    /// One numbered target.
    public struct Target: Hashable, Sendable {
        /// What it is.
        public var kind: Kind
        /// Its number among the targets of its kind, from 1.
        public var number: Int

        /// Creates a target.
        public init(kind: Kind, number: Int) {
            self.kind = kind
            self.number = number
        }
    }

    /// Every target, by label.
    public private(set) var targets: [String: Target] = [:]

    /// Numbers the targets found in `blocks`, in document order.
    public init(_ blocks: [Block]) {
        var counts: [Kind: Int] = [:]
        func add(_ label: String?) {
            guard let label, let kind = Self.kind(of: label), targets[label] == nil else { return }
            counts[kind, default: 0] += 1
            targets[label] = Target(kind: kind, number: counts[kind] ?? 0)
        }
        func visit(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .cell(let cell): add(cell.options.label)
                case .figure(let figure): add(figure.label)
                case .numberedMath(_, let label, _): add(label)
                case .table(let table): add(table.label)
                case .blockQuote(let inner, _): visit(inner)
                case .list(_, let items, _): items.forEach(visit)
                case .callout(let callout): visit(callout.blocks)
                default: break
                }
            }
        }
        visit(blocks)
    }

    /// The kind a label numbers, from its prefix (`fig-`, `tbl-`, `eq-`); `nil` for other labels.
    public static func kind(of label: String) -> Kind? {
        Kind.allCases.first { label.hasPrefix($0.rawValue + "-") && label.count > $0.rawValue.count + 1 }
    }

    /// The target of `label`, if the notebook has one.
    public subscript(label: String) -> Target? { targets[label] }
}
