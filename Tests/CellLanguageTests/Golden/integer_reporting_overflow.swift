// The …ReportingOverflow methods of Int and the fixed-width integers: the wrapped result and whether the operation
// overflowed, never a trap (an FNV-1a hash is the usual use).
let x: UInt8 = 250
let minusOne: Int8 = Int8("-1")!
print(x &+ 10, x.addingReportingOverflow(10), x.subtractingReportingOverflow(251), x.multipliedReportingOverflow(by: 2))
let (p, o) = Int8.min.dividedReportingOverflow(by: minusOne)
print(p, o, Int8(7).remainderReportingOverflow(dividingBy: Int8(x - 250)), Int8.min.remainderReportingOverflow(dividingBy: minusOne))
let r = Int.max.addingReportingOverflow(1)
print(r.partialValue == Int.min, r.overflow, 5.multipliedReportingOverflow(by: 3))
print(UInt.max.addingReportingOverflow(2), UInt64(3).subtractingReportingOverflow(4))
print(Int32.max.multipliedReportingOverflow(by: 3), Int16(-5).dividedReportingOverflow(by: Int16(x) - 250))
var hash: UInt32 = 2166136261
for byte in "abc".utf8 { hash = (hash ^ UInt32(byte)).multipliedReportingOverflow(by: 16777619).partialValue }
print(hash)
