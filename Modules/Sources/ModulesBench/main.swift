// Benchmarks for the Modules libraries (release build): `swift run -c release ModulesBench [name...]`.
// Prints one line per measurement with the median of several runs; `bench/modules/*.py` are the NumPy and
// PyTorch twins. Names: blas (the BLAS library, version and kernels in use, and the CPU), matmul, mlp, gptstep,
// gpt (the Italian character GPT of the course, 1500 steps within 60 s, Double); only when named: gpt-float (the
// same in Float), gptstep-float64 and gptstep-float32 (500 fused steps of one precision, for profiling).
import Foundation
import NeuralNetworks
import SeededRandom
import Tensors
import Transformer

/// Median wall-clock seconds of `runs` executions of `body`, after warming up with one run, or with as many as
/// fit in `warmUp` seconds.
func medianSeconds(runs: Int, warmUp: Double = 0, _ body: () throws -> Void) rethrows -> Double {
    let warmUpStart = DispatchTime.now().uptimeNanoseconds
    repeat { try body() } while Double(DispatchTime.now().uptimeNanoseconds - warmUpStart) / 1e9 < warmUp
    var times: [Double] = []
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    return times.sorted()[times.count / 2]
}

/// The BLAS the products run on and the CPU, one `key: value` line each (`bench/run.sh` records them); a
/// `blas warning:` line when the kernels are narrower than the CPU's vector instructions.
func reportBLAS() {
    let cpu = CPUFeatures.current
    print("cpu: \(cpu.identification); \(cpu.vectorLevel); \(cpu.instructionSets.joined(separator: " "))")
    guard let library = BLASLibrary.current else {
        print("blas warning: OpenBLAS is not loaded (\(BLAS.problem ?? "?")); products run on a plain loop")
        return
    }
    print("blas library: \(library.path) (\(library.source))")
    print("blas config: \(library.configuration)")
    print("blas core: \(library.summary)")
    print("blas threads: \(BLAS.threadCount)")
    if let passedOver = library.passedOver { print("blas warning: not used: \(passedOver)") }
    if library.isGenericCore(on: cpu) {
        print("blas warning: generic core \(library.core) (\(library.coreLevel)) on this \(cpu.vectorLevel) CPU")
    }
}

func benchMatmul() throws {
    for n in [256, 1024] {
        var random = Random(seed: 0)
        let a = try Tensor.randomNormal([n, n], using: &random)
        let b = try Tensor.randomNormal([n, n], using: &random)
        let runs = n == 256 ? 200 : 20
        let seconds = try medianSeconds(runs: runs) { _ = try a.matmul(b) }
        let flops = 2 * Double(n) * Double(n) * Double(n)
        print(String(format: "matmul float64 %4d: %7.3f ms  %6.1f GFLOP/s", n, seconds * 1e3, flops / seconds / 1e9))
        let af = a.scalars.map(Float.init), bf = b.scalars.map(Float.init)
        let secondsFloat = medianSeconds(runs: runs) { _ = BLAS.matmul(af, bf, m: n, n: n, k: n) }
        print(String(format: "matmul float32 %4d: %7.3f ms  %6.1f GFLOP/s", n, secondsFloat * 1e3, flops / secondsFloat / 1e9))
    }
}

func benchMLP() throws {
    let data = try ToyDatasets.twoMoons(count: 400, noise: 0.2, seed: 0)
    var accuracy = 0.0
    let seconds = try medianSeconds(runs: 5) {
        let model = try Sequential(sizes: [2, 16, 16, 1], hiddenActivation: .tanh, outputActivation: .sigmoid, seed: 1)
        let optimizer = Adam(parameters: model.parameters, learningRate: 0.01)
        let history = try model.fit(data, loss: .binaryCrossEntropy, optimizer: optimizer, epochs: 150, batchSize: 32, seed: 2)
        accuracy = history.accuracies.last ?? 0
    }
    print(String(format: "mlp 2-16-16-1 moons400 150 epochs batch 32: %7.1f ms  (%.1f ms/epoch, accuracy %.3f)",
                 seconds * 1e3, seconds * 1e3 / 150, accuracy))
}

func corpusTokens() throws -> (CharacterVocabulary, [Int]) {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Reference/corpus/italiano.txt")
    let text = try String(contentsOf: url, encoding: .utf8)
    let vocabulary = CharacterVocabulary(text: text)
    return (vocabulary, try vocabulary.encode(text))
}

/// One training step (sampling 16 windows, forward, backward, Adam) on the fused engine in Double and in Float,
/// and on the autograd tape, each on a fresh model: `gpt step fused float64 (…): X ms` and so on. Each warms up
/// for 0.3 s: for about 0.1 s after start-up (and after each multi-threaded product) OpenBLAS's idle thread
/// spins and would take half a core from the fused engine's second slice.
/// `only` keeps the variants whose label contains it (`gptstep-float64` → "fused float64", for profiling).
func benchGPTStep(only: String? = nil, runs: Int = 10) throws {
    let (vocabulary, tokens) = try corpusTokens()
    let variants: [(label: String, precision: TrainingPrecision, engine: TrainingEngine)] = [
        ("fused float64", .double, .fused), ("fused float32", .float, .fused), ("autograd float64", .double, .autograd),
    ]
    for variant in variants where only.map({ variant.label.contains($0) }) ?? true {
        let model = try GPT(configuration: GPTConfiguration(vocabularySize: vocabulary.size), seed: 0)
        let trainer = GPTTrainer(
            model: model, learningRate: 3e-3, seed: 0, precision: variant.precision, engine: variant.engine)
        let seconds = try medianSeconds(runs: runs, warmUp: 0.3) {
            try trainer.train(tokens: tokens, steps: 1, batchSize: 16)
        }
        print(String(format: "gpt step %@ (2 layers, 4 heads, d=64, T=64, B=16, V=%d, %d params): %7.2f ms",
                     variant.label, vocabulary.size, model.parameterCount, seconds * 1e3))
    }
}

/// The lesson-sized character GPT trained for `limit` seconds on the fused engine in `precision`.
/// The lesson-sized character GPT: `steps` updates (learning rate 3e-3, then 1e-3 from step 500) on the fused
/// engine in `precision`, stopping early at `limit` seconds. More steps overfit the 54 603 training characters:
/// the validation loss bottoms out near 1.66 around steps 1250–1750 and climbs past 2.0 by step 5000.
func benchGPT(steps: Int, limit: Double, precision: TrainingPrecision) throws {
    let (vocabulary, tokens) = try corpusTokens()
    let split = tokens.count * 9 / 10
    let train = Array(tokens[..<split]), validation = Array(tokens[split...])
    let bigram = try BigramModel(tokens: train, vocabularySize: vocabulary.size, smoothing: 0.1)
    let model = try GPT(configuration: GPTConfiguration(vocabularySize: vocabulary.size), seed: 0)
    let trainer = GPTTrainer(model: model, learningRate: 3e-3, seed: 0, precision: precision)
    print("gpt: \(precision) precision, \(trainer.engine) engine")
    print(String(format: "gpt: vocabulary %d (ln V = %.3f), %d parameters, %d training characters",
                 vocabulary.size, log(Double(vocabulary.size)), model.parameterCount, train.count))
    print(String(format: "gpt: initial validation loss %.3f nats/char", try model.evaluate(tokens: validation)))
    let start = DispatchTime.now().uptimeNanoseconds
    var elapsed = 0.0
    while trainer.step < steps, elapsed < limit {
        let losses = try trainer.train(tokens: train, steps: Swift.min(25, steps - trainer.step), batchSize: 16)
        elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        if trainer.step % 100 == 0 {
            print(String(format: "gpt: step %4d  %5.1f s  train loss %.3f", trainer.step, elapsed, losses.last ?? 0))
        }
        if trainer.step == 500 { trainer.optimizer.learningRate = 1e-3 }
    }
    let trainSeconds = elapsed
    let validationLoss = try model.evaluate(tokens: validation)
    print(String(format: "gpt: %d steps in %.1f s; validation %.3f nats/char, bigram %.3f (train-set bigram %.3f)",
                 trainer.step, trainSeconds, validationLoss, try bigram.crossEntropy(validation),
                 try bigram.crossEntropy(train)))
    let prompt = try vocabulary.encode("Il modello ")
    let sample = try model.generate(prompt: prompt, count: 200, strategy: .topK(10, temperature: 0.8), seed: 1)
    print("gpt sample: " + (try vocabulary.decode(sample)).replacingOccurrences(of: "\n", with: " / "))
}

TensorRuntime.keepLargeAllocationsInHeap()
let arguments = Set(CommandLine.arguments.dropFirst())
let all = arguments.isEmpty
do {
    if all || arguments.contains("blas") { reportBLAS() }
    if all || arguments.contains("matmul") { try benchMatmul() }
    if all || arguments.contains("mlp") { try benchMLP() }
    if all || arguments.contains("gptstep") { try benchGPTStep() }
    // One fused variant for 500 steps: a steady workload to profile (perf record, valgrind --tool=callgrind).
    for precision in ["float64", "float32"] where arguments.contains("gptstep-" + precision) {
        try benchGPTStep(only: "fused " + precision, runs: 500)
    }
    if all || arguments.contains("gpt") { try benchGPT(steps: 1500, limit: 55, precision: .double) }
    if arguments.contains("gpt-float") { try benchGPT(steps: 1500, limit: 55, precision: .float) }
} catch {
    print("error: \(error)")
    exit(1)
}
