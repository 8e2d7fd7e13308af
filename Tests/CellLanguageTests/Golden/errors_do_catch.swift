// Errors: throwing functions, methods and initializers, `throw`, `try`, `try?`, `try!`, and `do`–`catch` patterns.
enum VendingError: Error {
    case invalidSelection
    case insufficientFunds(coinsNeeded: Int)
    case outOfStock
}

struct ParseError: Error {
    var line: Int
    var message: String
}

func parseDigit(_ text: String) throws -> Int {
    guard let value = Int(text) else {
        throw ParseError(line: 1, message: "not a number: \(text)")
    }
    return value
}

func buy(_ item: String, coins: Int) throws -> String {
    let prices = ["Chips": 10, "Candy": 12]
    guard let price = prices[item] else { throw VendingError.invalidSelection }
    if item == "Candy" && coins > 100 { throw VendingError.outOfStock }
    guard price <= coins else {
        throw VendingError.insufficientFunds(coinsNeeded: price - coins)
    }
    return "Dispensing \(item)"
}

for (item, coins) in [("Chips", 20), ("Gum", 5), ("Candy", 4), ("Candy", 500)] {
    do {
        let result = try buy(item, coins: coins)
        print(result)
    } catch VendingError.invalidSelection {
        print("Invalid selection.")
    } catch VendingError.insufficientFunds(let needed) where needed > 5 {
        print("Insert \(needed) more coins (a lot).")
    } catch VendingError.insufficientFunds(let needed) {
        print("Insert \(needed) more coins.")
    } catch {
        print("Unexpected error: \(error).")
    }
}

do {
    _ = try parseDigit("x7")
} catch let failure as ParseError {
    print("line \(failure.line): \(failure.message)")
    print(failure)
}

do {
    _ = try buy("Gum", coins: 1)
} catch is VendingError {
    print("a vending error")
}

do {
    _ = try buy("Candy", coins: 1000)
} catch VendingError.invalidSelection, VendingError.outOfStock {
    print("invalid or out of stock")
}

do {
    _ = try buy("Candy", coins: 1)
} catch {
    print(error)
    print("caught: \(error)")
}

// try? gives nil on error (and flattens an optional result); try! stops on error.
let good = try? parseDigit("42")
let bad = try? parseDigit("forty-two")
print(good as Any, bad as Any)
if let value = try? parseDigit("7") { print("parsed", value) }
print(try! parseDigit("9") + 1)

func lookup(_ key: String) throws -> Int? {
    if key.isEmpty { throw VendingError.invalidSelection }
    return ["a": 1][key]
}
print((try? lookup("a")) as Any, (try? lookup("b")) as Any, (try? lookup("")) as Any)

// Errors propagate through throwing functions, methods and initializers; `throw error` rethrows.
struct Account {
    var balance: Int
    init(opening: Int) throws {
        if opening < 0 { throw VendingError.insufficientFunds(coinsNeeded: -opening) }
        balance = opening
    }
    mutating func withdraw(_ amount: Int) throws {
        guard amount <= balance else { throw VendingError.insufficientFunds(coinsNeeded: amount - balance) }
        balance -= amount
    }
}

func transfer(_ amounts: [Int]) throws -> Int {
    var account = try Account(opening: 50)
    for amount in amounts {
        do {
            try account.withdraw(amount)
        } catch VendingError.insufficientFunds(let needed) where needed < 10 {
            print("skipping \(amount), short by \(needed)")
        } catch {
            print("giving up at \(amount)")
            throw error
        }
    }
    return account.balance
}

do {
    print(try transfer([10, 45, 20]))
    print(try transfer([30, 100, 5]))
} catch {
    print("transfer failed: \(error)")
}

do {
    let account = try Account(opening: -3)
    print(account.balance)
} catch {
    print("cannot open: \(error)")
}

class Machine {
    var stock = ["Chips": 1]
    func vend(_ name: String) throws -> String {
        guard let count = stock[name], count > 0 else { throw VendingError.outOfStock }
        stock[name] = count - 1
        return name
    }
}
let machine = Machine()
for _ in 0..<2 {
    if let snack = try? machine.vend("Chips") { print("got", snack) } else { print("none left") }
}
var attempts = 0
while true {
    attempts += 1
    do {
        _ = try parseDigit(attempts < 3 ? "?" : "3")
        break
    } catch {
        continue
    }
}
print("attempts:", attempts)
