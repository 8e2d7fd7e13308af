enum E: Int, Comparable {
    case ten = 10
    case twelve = 12
}
print("@@listing-end 1@@")
