let contentHeight = 40
let hasHeader = true
let rowHeight: Int
if hasHeader {
   rowHeight = contentHeight + 50
} else {
   rowHeight = contentHeight + 20
}
print("rowHeight is equal to \(rowHeight)")
print("@@listing-end 1@@")
