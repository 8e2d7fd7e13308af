let quotation = """
The White Rabbit put on his spectacles.  "Where shall I begin,
please your Majesty?" he asked.

"Begin at the beginning," the King said gravely, "and go on
till you come to the end; then stop."
"""
let newlines = quotation.filter { $0 == "\n" }
print(newlines.count)
print("@@listing-end 1@@")
let singleLineString = "These are the same."
let multilineString = """
These are the same.
"""
print(singleLineString == multilineString)
print("@@listing-end 2@@")
let softWrappedQuotation = """
The White Rabbit put on his spectacles.  "Where shall I begin, \
please your Majesty?" he asked.

"Begin at the beginning," the King said gravely, "and go on \
till you come to the end; then stop."
"""
let softNewlines = softWrappedQuotation.filter { $0 == "\n" }
print(softNewlines.count)
print("@@listing-end 3@@")
let lineBreaks = """

This string starts with a line break.
It also ends with a line break.

"""
print("@@listing-end 4@@")
let threeDoubleQuotationMarks = """
Escaping the first quotation mark \"""
Escaping all three quotation marks \"\"\"
"""
print(threeDoubleQuotationMarks)
print("@@listing-end 5@@")
