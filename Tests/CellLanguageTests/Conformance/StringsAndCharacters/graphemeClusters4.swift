let regionalIndicatorForUS: Character = "\u{1F1FA}\u{1F1F8}"
assert(regionalIndicatorForUS == "🇺🇸")
print("regionalIndicatorForUS is \(regionalIndicatorForUS)")
print("@@listing-end 1@@")
