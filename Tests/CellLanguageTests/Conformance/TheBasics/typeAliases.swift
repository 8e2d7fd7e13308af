typealias AudioSample = UInt16
print("@@listing-end 1@@")
var maxAmplitudeFound = AudioSample.min
print("maxAmplitudeFound is now \(maxAmplitudeFound)")
print("@@listing-end 2@@")
