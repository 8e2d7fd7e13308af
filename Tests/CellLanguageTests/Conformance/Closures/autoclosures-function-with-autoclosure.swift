var customersInLine = ["Ewa", "Barry", "Daniella"]
print("customersInLine is \(customersInLine)")
func serve(customer customerProvider: @autoclosure () -> String) {
    print("Now serving \(customerProvider())!")
}
serve(customer: customersInLine.remove(at: 0))
print("@@listing-end 1@@")
