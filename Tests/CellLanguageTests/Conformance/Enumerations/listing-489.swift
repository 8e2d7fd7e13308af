// Enumerations.md line 489 (a listing without a book test), after the chapter's Barcode listings.
enum Barcode {
    case upc(Int, Int, Int, Int)
    case qrCode(String)
}
var productBarcode = Barcode.upc(8, 85909, 51226, 3)
productBarcode = .qrCode("ABCDEFGHIJKLMNOP")
print("@@listing-end 1@@")
if case .qrCode(let productCode) = productBarcode {
    print("QR code: \(productCode).")
}
print("@@listing-end 2@@")
