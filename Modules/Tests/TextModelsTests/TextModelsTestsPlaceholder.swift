import XCTest

final class TextModelsTestsPlaceholder: XCTestCase {}
