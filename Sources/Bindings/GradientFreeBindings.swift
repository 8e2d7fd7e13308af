import CellLanguage
import Tensors

/// `noGrad { … }` and its synonym `withoutGradients { … }`: the block runs without recording operations for
/// gradients (PyTorch's `with torch.no_grad():`), and returns what its closure returns.
///
/// ```swift
/// noGrad { w -= 0.1 * w.grad! }                       // an update of a trainable tensor, in place
/// let accuracy = noGrad { ((model(x) >= 0.0) == y).mean().item() }
/// ```
enum GradientFreeBindings {
    /// Declares both names for each result type a closure may have.
    static func install(_ bind: ModuleBinder) {
        for name in ["noGrad", "withoutGradients"] {
            declare(bind, name, CellVoid.self, "Runs the block without recording operations for gradients.")
            declare(bind, name, Tensor.self, "Runs the block without recording gradients and returns its tensor.")
            declare(bind, name, Double.self, "Runs the block without recording gradients and returns its number.")
            declare(bind, name, Int.self, "Runs the block without recording gradients and returns its Int.")
            declare(bind, name, Bool.self, "Runs the block without recording gradients and returns its Bool.")
            declare(bind, name, [Double].self, "Runs the block without recording gradients and returns its numbers.")
            declare(bind, name, [Tensor].self, "Runs the block without recording gradients and returns its tensors.")
        }
    }

    private static func declare<R: CellConvertible>(_ bind: ModuleBinder, _ name: String, _ result: R.Type, _ doc: String) {
        bind.outputFunction(name, Param<CellClosure<R>>(), doc: doc) { _, body in
            try GradientMode.$isEnabled.withValue(false) { try body() }
        }
    }
}
