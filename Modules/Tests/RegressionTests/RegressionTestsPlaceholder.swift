import XCTest

final class RegressionTestsPlaceholder: XCTestCase {}
