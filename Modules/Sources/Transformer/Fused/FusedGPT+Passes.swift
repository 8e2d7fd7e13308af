extension FusedGPT {
    /// The forward pass of one slice: fills its activations, turns its logits into probabilities and returns
    /// the summed cross-entropy of its rows. Reads only the parameters, so slices may run concurrently.
    func forward(_ a: FusedActivations<S>) -> Double {
        let p = UnsafePointer(parameters.pointer)
        let (n, c, heads) = (a.batch * a.time, configuration.dimension, configuration.heads)
        FusedEncoder.forward(
            output: a.encoded, tokens: a.tokens, tokenEmbedding: p + layout.tokenEmbedding,
            positionEmbedding: p + layout.positionEmbedding, batch: a.batch, time: a.time, channels: c)
        var x = UnsafePointer(a.encoded)  // (N, C) the residual stream entering the block
        for (index, w) in layout.blocks.enumerated() {
            let s = a.blocks[index]
            let (epsilon1, epsilon2) = epsilons.blocks[index]
            // x + attention(norm₁(x))
            FusedLayerNorm.forward(
                output: s.norm1, mean: s.norm1Mean, reciprocalDeviation: s.norm1Reciprocal, input: x,
                gamma: p + w.norm1Gamma, beta: p + w.norm1Beta, rows: n, channels: c, epsilon: epsilon1)
            FusedMatmul.forward(
                output: s.qkv, input: s.norm1, weight: p + w.qkvWeight, bias: p + w.qkvBias,
                rows: n, inputs: c, outputs: 3 * c)
            FusedAttention.forward(
                output: s.attention, probabilities: s.probabilities, qkv: s.qkv,
                batch: a.batch, time: a.time, channels: c, heads: heads)
            FusedMatmul.forward(
                output: s.afterAttention, input: s.attention, weight: p + w.projectionWeight,
                bias: p + w.projectionBias, residual: x, rows: n, inputs: c, outputs: c)
            // + feedForward(norm₂(·))
            FusedLayerNorm.forward(
                output: s.norm2, mean: s.norm2Mean, reciprocalDeviation: s.norm2Reciprocal, input: s.afterAttention,
                gamma: p + w.norm2Gamma, beta: p + w.norm2Beta, rows: n, channels: c, epsilon: epsilon2)
            FusedMatmul.forward(
                output: s.hiddenDerivative, input: s.norm2, weight: p + w.expandWeight, bias: p + w.expandBias,
                rows: n, inputs: c, outputs: hidden)
            FusedGELU.forward(output: s.hidden, values: s.hiddenDerivative, count: n * hidden)
            FusedMatmul.forward(
                output: s.output, input: s.hidden, weight: p + w.contractWeight, bias: p + w.contractBias,
                residual: s.afterAttention, rows: n, inputs: hidden, outputs: c)
            x = UnsafePointer(s.output)
        }
        FusedLayerNorm.forward(
            output: a.finalNorm, mean: a.finalMean, reciprocalDeviation: a.finalReciprocal, input: x,
            gamma: p + layout.finalGamma, beta: p + layout.finalBeta, rows: n, channels: c, epsilon: epsilons.final)
        FusedMatmul.forward(
            output: a.logits, input: a.finalNorm, weight: p + layout.headWeight, bias: p + layout.headBias,
            rows: n, inputs: c, outputs: configuration.vocabularySize)
        return FusedCrossEntropy.forward(
            values: a.logits, targets: a.targets, rows: n, classes: configuration.vocabularySize)
    }

    /// The backward pass of one slice after its `forward`: adds the gradient of (`scale` × its summed loss)
    /// with respect to every parameter into `g` (which the caller zeroed).
    func backward(_ a: FusedActivations<S>, gradients g: UnsafeMutablePointer<S>, scale: S) {
        let p = UnsafePointer(parameters.pointer)
        let (n, c, heads, v) = (a.batch * a.time, configuration.dimension, configuration.heads, configuration.vocabularySize)
        let last = UnsafePointer(a.blocks.last?.output ?? a.encoded)  // (N, C) input of the final norm
        FusedCrossEntropy.backward(values: a.logits, targets: a.targets, rows: n, classes: v, scale: scale)
        FusedMatmul.backward(
            inputGradient: a.normGradient, weightGradient: g + layout.headWeight, biasGradient: g + layout.headBias,
            outputGradient: a.logits, input: a.finalNorm, weight: p + layout.headWeight, rows: n, inputs: c, outputs: v)
        a.residualGradient.update(repeating: 0, count: n * c)
        FusedLayerNorm.backward(
            inputGradient: a.residualGradient, gammaGradient: g + layout.finalGamma, betaGradient: g + layout.finalBeta,
            outputGradient: a.normGradient, input: last, mean: a.finalMean, reciprocalDeviation: a.finalReciprocal,
            gamma: p + layout.finalGamma, rows: n, channels: c)
        // residualGradient now holds the gradient of the last block's output; walk the blocks backwards.
        for index in layout.blocks.indices.reversed() {
            let (w, s) = (layout.blocks[index], a.blocks[index])
            let x = UnsafePointer(index == 0 ? a.encoded : a.blocks[index - 1].output)  // (N, C) block input
            // Feed-forward branch; its residual passes residualGradient through unchanged.
            FusedMatmul.backward(
                inputGradient: a.hiddenGradient, weightGradient: g + w.contractWeight, biasGradient: g + w.contractBias,
                outputGradient: a.residualGradient, input: s.hidden, weight: p + w.contractWeight,
                rows: n, inputs: hidden, outputs: c)
            FusedGELU.backward(gradient: a.hiddenGradient, derivative: s.hiddenDerivative, count: n * hidden)
            FusedMatmul.backward(
                inputGradient: a.normGradient, weightGradient: g + w.expandWeight, biasGradient: g + w.expandBias,
                outputGradient: a.hiddenGradient, input: s.norm2, weight: p + w.expandWeight,
                rows: n, inputs: c, outputs: hidden)
            FusedLayerNorm.backward(
                inputGradient: a.residualGradient, gammaGradient: g + w.norm2Gamma, betaGradient: g + w.norm2Beta,
                outputGradient: a.normGradient, input: s.afterAttention, mean: s.norm2Mean,
                reciprocalDeviation: s.norm2Reciprocal, gamma: p + w.norm2Gamma, rows: n, channels: c)
            // Attention branch.
            FusedMatmul.backward(
                inputGradient: a.attentionGradient, weightGradient: g + w.projectionWeight,
                biasGradient: g + w.projectionBias, outputGradient: a.residualGradient, input: s.attention,
                weight: p + w.projectionWeight, rows: n, inputs: c, outputs: c)
            FusedAttention.backward(
                qkvGradient: a.qkvGradient, scratch: a.scoresGradient, outputGradient: a.attentionGradient,
                qkv: s.qkv, probabilities: s.probabilities, batch: a.batch, time: a.time, channels: c, heads: heads)
            FusedMatmul.backward(
                inputGradient: a.normGradient, weightGradient: g + w.qkvWeight, biasGradient: g + w.qkvBias,
                outputGradient: a.qkvGradient, input: s.norm1, weight: p + w.qkvWeight,
                rows: n, inputs: c, outputs: 3 * c)
            FusedLayerNorm.backward(
                inputGradient: a.residualGradient, gammaGradient: g + w.norm1Gamma, betaGradient: g + w.norm1Beta,
                outputGradient: a.normGradient, input: x, mean: s.norm1Mean, reciprocalDeviation: s.norm1Reciprocal,
                gamma: p + w.norm1Gamma, rows: n, channels: c)
        }
        FusedEncoder.backward(
            tokenEmbeddingGradient: g + layout.tokenEmbedding, positionEmbeddingGradient: g + layout.positionEmbedding,
            outputGradient: a.residualGradient, tokens: a.tokens, batch: a.batch, time: a.time, channels: c)
    }
}
