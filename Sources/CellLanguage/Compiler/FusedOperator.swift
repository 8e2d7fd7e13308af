import Diagnostics

// The operations `FusedOperation` specialises: Int arithmetic with Swift's overflow and division checks, Double
// arithmetic, and comparisons.

/// An Int arithmetic operator, with Swift's run-time checks.
protocol IntOperation { static func apply(_ a: Int, _ b: Int, _ location: SourceLocation) throws -> Int }

/// A Double arithmetic operator.
protocol DoubleOperation { static func apply(_ a: Double, _ b: Double) -> Double }

/// A comparison operator.
protocol Comparison { static func apply<T: Comparable>(_ a: T, _ b: T) -> Bool }

enum IntAdd: IntOperation {
    @inline(__always) static func apply(_ a: Int, _ b: Int, _ location: SourceLocation) throws -> Int {
        let (result, overflow) = a.addingReportingOverflow(b)
        if overflow { throw Compiler.overflowError("+", location) }
        return result
    }
}

enum IntSubtract: IntOperation {
    @inline(__always) static func apply(_ a: Int, _ b: Int, _ location: SourceLocation) throws -> Int {
        let (result, overflow) = a.subtractingReportingOverflow(b)
        if overflow { throw Compiler.overflowError("-", location) }
        return result
    }
}

enum IntMultiply: IntOperation {
    @inline(__always) static func apply(_ a: Int, _ b: Int, _ location: SourceLocation) throws -> Int {
        let (result, overflow) = a.multipliedReportingOverflow(by: b)
        if overflow { throw Compiler.overflowError("*", location) }
        return result
    }
}

enum IntDivide: IntOperation {
    @inline(__always) static func apply(_ a: Int, _ b: Int, _ location: SourceLocation) throws -> Int {
        if b == 0 { throw RuntimeError(message: "division by zero", location: location) }
        let (result, overflow) = a.dividedReportingOverflow(by: b)
        if overflow { throw Compiler.overflowError("/", location) }
        return result
    }
}

enum IntRemainder: IntOperation {
    @inline(__always) static func apply(_ a: Int, _ b: Int, _ location: SourceLocation) throws -> Int {
        if b == 0 { throw RuntimeError(message: "division by zero in remainder operation", location: location) }
        let (result, overflow) = a.remainderReportingOverflow(dividingBy: b)
        if overflow { throw Compiler.overflowError("%", location) }
        return result
    }
}

/// `a / c` for a constant `c` other than 0 and -1, which can neither trap nor overflow.
enum IntDivideByConstant: IntOperation {
    @inline(__always) static func apply(_ a: Int, _ b: Int, _ location: SourceLocation) -> Int { a / b }
}

/// `a % c` for a constant `c` other than 0 and -1, which can neither trap nor overflow.
enum IntRemainderByConstant: IntOperation {
    @inline(__always) static func apply(_ a: Int, _ b: Int, _ location: SourceLocation) -> Int { a % b }
}

enum DoubleAdd: DoubleOperation { @inline(__always) static func apply(_ a: Double, _ b: Double) -> Double { a + b } }
enum DoubleSubtract: DoubleOperation { @inline(__always) static func apply(_ a: Double, _ b: Double) -> Double { a - b } }
enum DoubleMultiply: DoubleOperation { @inline(__always) static func apply(_ a: Double, _ b: Double) -> Double { a * b } }
enum DoubleDivide: DoubleOperation { @inline(__always) static func apply(_ a: Double, _ b: Double) -> Double { a / b } }

enum Equal: Comparison { @inline(__always) static func apply<T: Comparable>(_ a: T, _ b: T) -> Bool { a == b } }
enum NotEqual: Comparison { @inline(__always) static func apply<T: Comparable>(_ a: T, _ b: T) -> Bool { a != b } }
enum Less: Comparison { @inline(__always) static func apply<T: Comparable>(_ a: T, _ b: T) -> Bool { a < b } }
enum LessOrEqual: Comparison { @inline(__always) static func apply<T: Comparable>(_ a: T, _ b: T) -> Bool { a <= b } }
enum Greater: Comparison { @inline(__always) static func apply<T: Comparable>(_ a: T, _ b: T) -> Bool { a > b } }
enum GreaterOrEqual: Comparison { @inline(__always) static func apply<T: Comparable>(_ a: T, _ b: T) -> Bool { a >= b } }
