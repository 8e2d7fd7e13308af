import Tensors

/// A model's predictions over a regular grid of 2-D points, for drawing decision regions.
public struct DecisionGrid: Sendable, Equatable {
    /// The x coordinates of the grid columns.
    public let xs: [Double]
    /// The y coordinates of the grid rows.
    public let ys: [Double]
    /// `values[row][column]` at (xs[column], ys[row]): the output for one output unit (a probability after a
    /// sigmoid), or the output of the predicted class otherwise.
    public let values: [[Double]]
    /// `classes[row][column]`: the predicted class at each grid point.
    public let classes: [[Int]]
}

extension Sequential {
    /// Evaluates the model at `resolution × resolution` points spanning the given ranges (for 2-feature inputs).
    public func decisionGrid(
        xRange: ClosedRange<Double>, yRange: ClosedRange<Double>, resolution: Int = 50
    ) throws(TensorError) -> DecisionGrid {
        guard resolution >= 2, resolution <= 2000 else {
            throw .invalidArgument("decisionGrid: resolution must be in 2...2000, got \(resolution)")
        }
        let xs = (0..<resolution).map {
            xRange.lowerBound + (xRange.upperBound - xRange.lowerBound) * Double($0) / Double(resolution - 1)
        }
        let ys = (0..<resolution).map {
            yRange.lowerBound + (yRange.upperBound - yRange.lowerBound) * Double($0) / Double(resolution - 1)
        }
        var points: [Double] = []
        points.reserveCapacity(resolution * resolution * 2)
        for y in ys { for x in xs { points.append(x); points.append(y) } }
        let outputs = try predict(try Tensor(shape: [resolution * resolution, 2], scalars: points))
        let width = outputs.shape.last ?? 1
        let predicted = Sequential.classes(of: outputs)
        var values: [[Double]] = []
        var classes: [[Int]] = []
        for row in 0..<resolution {
            var valueRow: [Double] = [], classRow: [Int] = []
            for column in 0..<resolution {
                let index = row * resolution + column
                let label = predicted[index]
                classRow.append(label)
                valueRow.append(outputs.scalars[index * width + (width == 1 ? 0 : label)])
            }
            values.append(valueRow)
            classes.append(classRow)
        }
        return DecisionGrid(xs: xs, ys: ys, values: values, classes: classes)
    }
}
