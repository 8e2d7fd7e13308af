var customersInLine = ["Alex", "Ewa", "Barry", "Daniella"]
print("customersInLine is \(customersInLine)")
func serve(customer customerProvider: () -> String) {
    print("Now serving \(customerProvider())!")
}
serve(customer: { customersInLine.remove(at: 0) } )
print("@@listing-end 1@@")
