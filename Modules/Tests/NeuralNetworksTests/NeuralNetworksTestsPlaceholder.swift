import XCTest

final class NeuralNetworksTestsPlaceholder: XCTestCase {}
