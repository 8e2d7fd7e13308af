extension Tensor {
    /// Computes the gradient of this tensor with respect to every leaf that requires gradients and adds it to
    /// their `grad`. Without `gradient`, the tensor must hold one element (a loss); its seed gradient is 1.
    public func backward(gradient: Tensor? = nil) throws(TensorError) {
        guard requiresGrad else {
            throw .gradient("backward: this tensor does not require gradients (set requiresGrad on its inputs)")
        }
        let seed: [Double]
        if let gradient {
            guard gradient.shape == shape else {
                throw .shapeMismatch(
                    "backward: gradient of shape \(Shape.describe(gradient.shape)) does not match "
                        + "tensor of shape \(Shape.describe(shape))")
            }
            seed = gradient.scalars
        } else {
            guard count == 1 else {
                throw .gradient(
                    "backward: gradient can be implied only for a one-element tensor, shape is \(Shape.describe(shape))")
            }
            seed = [1]
        }

        let order = topologicalOrder()
        var pending: [ObjectIdentifier: [Double]] = [ObjectIdentifier(self): seed]
        for tensor in order.reversed() {
            guard let outputGradient = pending.removeValue(forKey: ObjectIdentifier(tensor)) else { continue }
            guard let node = tensor.node else {
                tensor.accumulate(outputGradient)
                continue
            }
            for (parent, version) in zip(node.parents, node.versions) where parent.version != version {
                throw .gradient(
                    "backward: a tensor of shape \(parent.shapeDescription) that this result was computed from was changed in "
                        + "place afterwards (+=, a subscript assignment, assign or an optimizer step); compute the result again")
            }
            let parentGradients = node.backward(outputGradient)
            for (parent, gradient) in zip(node.parents, parentGradients) where parent.requiresGrad {
                guard let gradient else { continue }
                let key = ObjectIdentifier(parent)
                if var existing = pending[key] {
                    Tensor.addInPlace(&existing, gradient)
                    pending[key] = existing
                } else {
                    pending[key] = gradient
                }
            }
        }
    }

    /// Adds `gradient` to this leaf's accumulated gradient, in place in the `grad` tensor when there is one.
    private func accumulate(_ gradient: [Double]) {
        if let existing = gradientTensor {
            existing.version &+= 1
            Tensor.addInPlace(&existing.scalars, gradient)
        } else {
            gradientTensor = Tensor(shape: shape, storage: gradient)
        }
    }

    static func addInPlace(_ target: inout [Double], _ values: [Double]) {
        target.withUnsafeMutableBufferPointer { t in
            values.withUnsafeBufferPointer { v in
                for index in 0..<Swift.min(t.count, v.count) { t[index] += v[index] }
            }
        }
    }

    /// Every tensor this one depends on through recorded operations, inputs before outputs (iterative DFS,
    /// so long graphs such as many training steps of an RNN cannot overflow the stack).
    private func topologicalOrder() -> [Tensor] {
        var order: [Tensor] = []
        var visited = Set<ObjectIdentifier>()
        var stack: [(tensor: Tensor, nextParent: Int)] = [(self, 0)]
        visited.insert(ObjectIdentifier(self))
        while let top = stack.last {
            let parents = top.tensor.node?.parents ?? []
            if top.nextParent < parents.count {
                stack[stack.count - 1].nextParent += 1
                let parent = parents[top.nextParent]
                if parent.requiresGrad, visited.insert(ObjectIdentifier(parent)).inserted {
                    stack.append((parent, 0))
                }
            } else {
                order.append(top.tensor)
                stack.removeLast()
            }
        }
        return order
    }
}
