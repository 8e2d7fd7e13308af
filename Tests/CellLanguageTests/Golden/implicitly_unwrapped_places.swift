// Stored properties, methods and elements reached through an implicitly unwrapped variable (`var model: Model!`,
// set up later, as a lesson's `setUp` does): assignments, compound assignments and mutating calls force it.
final class Layer {
    var weights: [Double] = [0.5, -0.25]
    var bias = 0.0
    func scale(_ factor: Double) { for i in weights.indices { weights[i] *= factor } }
}
struct Counter {
    var count = 0
    var history: [Int] = []
    mutating func tick() { count += 1; history.append(count) }
}
final class Model {
    var layer = Layer()
    var steps: Counter! = Counter()
}

var layer: Layer! = Layer()
layer.bias = 0.1
layer.bias += 0.2
layer.weights[0] = 1.0
layer.weights[1] *= 4
layer.scale(2)
print(layer.weights, layer.bias)

var counter: Counter!
counter = Counter()
counter.count = 10
counter.tick()
counter.count += 5
counter.history[0] -= 1
print(counter.count, counter.history)

var grid: [[Int]]! = [[0, 0], [0, 0]]
grid[1][0] = 7
grid[0][1] += 3
grid.append([9])
print(grid!)

var model: Model! = Model()
model.layer.bias = 1.5
model.layer.weights[0] += 0.5
model.steps.tick()
model.steps.count += 2
print(model.layer.bias, model.layer.weights, model.steps.count)
