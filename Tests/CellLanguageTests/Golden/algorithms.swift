// Classic algorithms: sieve, gcd, bubble sort, binary search, collatz.
func sieve(_ n: Int) -> [Int] {
    var isPrime = [Bool](repeating: true, count: n + 1)
    isPrime[0] = false
    isPrime[1] = false
    var p = 2
    while p * p <= n {
        if isPrime[p] {
            var multiple = p * p
            while multiple <= n {
                isPrime[multiple] = false
                multiple += p
            }
        }
        p += 1
    }
    var primes: [Int] = []
    for i in 0...n where isPrime[i] { primes.append(i) }
    return primes
}
print(sieve(50))
func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
print(gcd(48, 18), gcd(17, 5))
func bubbleSort(_ input: [Int]) -> [Int] {
    var a = input
    for i in 0..<a.count {
        for j in 0..<(a.count - 1 - i) where a[j] > a[j + 1] {
            let t = a[j]
            a[j] = a[j + 1]
            a[j + 1] = t
        }
    }
    return a
}
print(bubbleSort([5, 2, 9, 1, 5, 6]))
func binarySearch(_ xs: [Int], _ target: Int) -> Int {
    var low = 0
    var high = xs.count - 1
    while low <= high {
        let mid = (low + high) / 2
        if xs[mid] == target { return mid }
        if xs[mid] < target { low = mid + 1 } else { high = mid - 1 }
    }
    return -1
}
print(binarySearch([1, 3, 5, 7, 9, 11], 7), binarySearch([1, 3, 5], 4))
func collatz(_ start: Int) -> Int {
    var n = start
    var steps = 0
    while n != 1 {
        n = n % 2 == 0 ? n / 2 : 3 * n + 1
        steps += 1
    }
    return steps
}
print(collatz(27))
var fibs = [0, 1]
while fibs.count < 15 { fibs.append(fibs[fibs.count - 1] + fibs[fibs.count - 2]) }
print(fibs)
