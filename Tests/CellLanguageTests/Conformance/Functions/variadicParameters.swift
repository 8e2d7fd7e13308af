func arithmeticMean(_ numbers: Double...) -> Double {
   var total: Double = 0
   for number in numbers {
      total += number
   }
   return total / Double(numbers.count)
}
let r0 =
arithmeticMean(1, 2, 3, 4, 5)
print("returns \(r0), which is the arithmetic mean of these five numbers")
let r1 =
arithmeticMean(3, 8.25, 18.75)
print("returns \(r1), which is the arithmetic mean of these three numbers")
print("@@listing-end 1@@")
