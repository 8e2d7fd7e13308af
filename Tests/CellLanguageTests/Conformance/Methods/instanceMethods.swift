class Counter {
   var count = 0
   func increment() {
      count += 1
   }
   func increment(by amount: Int) {
      count += amount
   }
   func reset() {
      count = 0
   }
}
print("@@listing-end 1@@")
let counter = Counter()
print("the initial counter value is \(counter.count)")
counter.increment()
print("the counter's value is now \(counter.count)")
counter.increment(by: 5)
print("the counter's value is now \(counter.count)")
counter.reset()
print("the counter's value is now \(counter.count)")
print("@@listing-end 2@@")
