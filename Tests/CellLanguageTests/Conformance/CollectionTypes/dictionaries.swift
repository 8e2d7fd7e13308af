var airports: [String: String] = ["YYZ": "Toronto Pearson", "DUB": "Dublin"]
print("@@listing-end 1@@")
