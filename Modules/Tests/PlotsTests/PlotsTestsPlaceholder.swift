import XCTest

final class PlotsTestsPlaceholder: XCTestCase {}
