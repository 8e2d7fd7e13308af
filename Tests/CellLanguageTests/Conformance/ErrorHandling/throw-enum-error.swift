enum VendingMachineError: Error {
    case invalidSelection
    case insufficientFunds(coinsNeeded: Int)
    case outOfStock
}
print("@@listing-end 1@@")
throw VendingMachineError.insufficientFunds(coinsNeeded: 5)
print("@@listing-end 2@@")
