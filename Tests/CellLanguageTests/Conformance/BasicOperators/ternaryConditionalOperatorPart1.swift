let contentHeight = 40
let hasHeader = true
let rowHeight = contentHeight + (hasHeader ? 50 : 20)
print("rowHeight is equal to \(rowHeight)")
print("@@listing-end 1@@")
