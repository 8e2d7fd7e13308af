struct Data {}  // Instead of actually importing Foundation
func listPhotos(inGallery name: String) async throws -> [String] {
    try await Task.sleep(for: .seconds(2))
    return ["IMG001", "IMG99", "IMG0404"]
}
print("@@listing-end 1@@")
