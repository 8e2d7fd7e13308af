// Double's IEEE remainder, ulp, nextUp/nextDown, isZero and isNormal, beside truncatingRemainder.
let values = [10.0, -7.5, 0.0, -0.0, 1e-310, 3.0]
for v in values {
    print(v.remainder(dividingBy: 3), v.truncatingRemainder(dividingBy: 3), v.isZero, v.isNormal, v.ulp, v.nextUp, v.nextDown)
}
print(Double.leastNormalMagnitude, (1.0).ulp == Double.ulpOfOne)
let angle = 7.5
print(angle.remainder(dividingBy: 2 * Double.pi))
