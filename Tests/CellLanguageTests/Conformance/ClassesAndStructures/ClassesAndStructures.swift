struct SomeStructure {
   // structure definition goes here
}
class SomeClass {
   // class definition goes here
}
print("@@listing-end 1@@")
struct Resolution {
   var width = 0
   var height = 0
}
class VideoMode {
   var resolution = Resolution()
   var interlaced = false
   var frameRate = 0.0
   var name: String?
}
print("@@listing-end 2@@")
let someResolution = Resolution()
let someVideoMode = VideoMode()
print("@@listing-end 3@@")
print("The width of someResolution is \(someResolution.width)")
print("@@listing-end 4@@")
print("The width of someVideoMode is \(someVideoMode.resolution.width)")
print("@@listing-end 5@@")
someVideoMode.resolution.width = 1280
print("The width of someVideoMode is now \(someVideoMode.resolution.width)")
print("@@listing-end 6@@")
let vga = Resolution(width: 640, height: 480)
print("@@listing-end 7@@")
let hd = Resolution(width: 1920, height: 1080)
var cinema = hd
print("@@listing-end 8@@")
cinema.width = 2048
print("@@listing-end 9@@")
print("cinema is now \(cinema.width) pixels wide")
print("@@listing-end 10@@")
print("hd is still \(hd.width) pixels wide")
print("@@listing-end 11@@")
enum CompassPoint {
   case north, south, east, west
   mutating func turnNorth() {
      self = .north
   }
}
var currentDirection = CompassPoint.west
let rememberedDirection = currentDirection
currentDirection.turnNorth()

print("The current direction is \(currentDirection)")
print("The remembered direction is \(rememberedDirection)")
print("@@listing-end 12@@")
let tenEighty = VideoMode()
tenEighty.resolution = hd
tenEighty.interlaced = true
tenEighty.name = "1080i"
tenEighty.frameRate = 25.0
print("@@listing-end 13@@")
let alsoTenEighty = tenEighty
alsoTenEighty.frameRate = 30.0
print("@@listing-end 14@@")
print("The frameRate property of tenEighty is now \(tenEighty.frameRate)")
print("@@listing-end 15@@")
if tenEighty === alsoTenEighty {
   print("tenEighty and alsoTenEighty refer to the same VideoMode instance.")
}
print("@@listing-end 16@@")
