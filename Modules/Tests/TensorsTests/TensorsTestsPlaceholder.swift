import XCTest

final class TensorsTestsPlaceholder: XCTestCase {}
