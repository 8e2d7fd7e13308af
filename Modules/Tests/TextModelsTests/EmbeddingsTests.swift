import XCTest
@testable import TextModels

final class EmbeddingsTests: XCTestCase {
    func testExplore() throws {
        let start = Date()
        let embeddings = try Embeddings.italianAnimals()
        print("time", Date().timeIntervalSince(start))
        print(try embeddings.analogy("gatto", minus: "miao", plus: "bau", count: 4))
        print(try embeddings.nearest(to: "gatto"))
        print(try embeddings.projection(of: ["gatto", "cane", "miao", "bau", "mucca", "muu"]))
    }
}
