import CellSyntax
import Diagnostics
import NotebookFormat
import SwiftParser
import SwiftSyntax

/// Finds the `slider`, `choice` and `toggle` calls in a notebook's cells by reading them, without running anything,
/// so `nbrun params` is instant even for a lesson that trains a model.
///
/// The forms it reads, with literal arguments so they can be listed statically:
/// `slider("slope", default: 1.0, in: 0.1...3.0, step: 0.1, label: "Pendenza")`,
/// `choice("model", default: "gpt", options: ["bigram", "gpt"], label: "Modello")`,
/// `toggle("dark", default: true, label: "Tema scuro")`.
public enum ControlScanner {
    /// The function names that declare controls.
    public static let functionNames: Set<String> = ["slider", "choice", "toggle"]

    /// Every control in the notebook, and the problems with their declarations.
    public static func scan(_ notebook: Notebook) -> (controls: [Control], errors: [Diagnostic]) {
        var controls: [Control] = []
        var errors: [Diagnostic] = []
        for cell in notebook.cells where cell.options.eval {
            let tree = SyntaxTrees.tree(for: cell.code)
            let visitor = CallFinder(viewMode: .sourceAccurate)
            visitor.walk(tree)
            let positions = CellPositions(tree: tree, code: cell.code, firstLine: cell.firstLine,
                                          columnOffset: cell.columnOffset)
            for call in visitor.calls {
                switch ControlDeclaration.read(call, positions: positions, cellIndex: cell.index) {
                case .success(let control):
                    if let earlier = controls.first(where: { $0.name == control.name }) {
                        errors.append(.error("control '\(control.name)' is declared twice", at: control.location,
                                             notes: ["first declared at line \(earlier.location.line)"]))
                    } else {
                        controls.append(control)
                    }
                case .failure(let error):
                    errors.append(error)
                }
            }
        }
        return (controls, errors)
    }
}

/// Collects calls whose callee is one of the control functions.
private final class CallFinder: SyntaxVisitor {
    var calls: [FunctionCallExprSyntax] = []

    override func visit(_ node: FunctionCallExprSyntax) -> SyntaxVisitorContinueKind {
        if let name = node.calledExpression.as(DeclReferenceExprSyntax.self)?.baseName.text,
           ControlScanner.functionNames.contains(name) {
            calls.append(node)
        }
        return .visitChildren
    }
}

/// Maps positions in a cell's syntax tree to notebook lines and character columns.
struct CellPositions {
    let converter: SourceLocationConverter
    let lines: [Substring]
    let firstLine: Int
    let columnOffset: Int

    init(tree: SourceFileSyntax, code: String, firstLine: Int, columnOffset: Int) {
        converter = SourceLocationConverter(fileName: "", tree: tree)
        lines = code.split(separator: "\n", omittingEmptySubsequences: false)
        self.firstLine = firstLine
        self.columnOffset = columnOffset
    }

    /// The notebook location of a syntax node's first token.
    func location(of node: some SyntaxProtocol) -> Diagnostics.SourceLocation {
        let location = converter.location(for: node.positionAfterSkippingLeadingTrivia)
        let lineText = location.line - 1 < lines.count ? lines[location.line - 1] : ""
        let utf8 = lineText.utf8
        let byteOffset = min(max(location.column - 1, 0), utf8.count)
        let characters = lineText[..<utf8.index(utf8.startIndex, offsetBy: byteOffset)].count
        return Diagnostics.SourceLocation(line: firstLine + location.line - 1, column: columnOffset + characters + 1)
    }
}
