import XCTest

final class TransformerTestsPlaceholder: XCTestCase {}
