_ = "\u{0}"
_ = "\u{00000000}"
_ = "\u{000000000}"
!$ error: \u{...} escape sequence expects between 1 and 8 hex digits
_ = "\u{10FFFF}"
_ = "\u{110000}"
!$ error: invalid unicode scalar
print("@@listing-end 1@@")
