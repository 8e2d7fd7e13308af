class SomeClass {
   class func someTypeMethod() {
      // type method implementation goes here
   }
}
SomeClass.someTypeMethod()
print("@@listing-end 1@@")
struct LevelTracker {
   static var highestUnlockedLevel = 1
   var currentLevel = 1

   static func unlock(_ level: Int) {
      if level > highestUnlockedLevel { highestUnlockedLevel = level }
   }

   static func isUnlocked(_ level: Int) -> Bool {
      return level <= highestUnlockedLevel
   }

   @discardableResult
   mutating func advance(to level: Int) -> Bool {
      if LevelTracker.isUnlocked(level) {
         currentLevel = level
         return true
      } else {
         return false
      }
   }
}
print("@@listing-end 2@@")
class Player {
   var tracker = LevelTracker()
   let playerName: String
   func complete(level: Int) {
      LevelTracker.unlock(level + 1)
      tracker.advance(to: level + 1)
   }
   init(name: String) {
      playerName = name
   }
}
print("@@listing-end 3@@")
var player = Player(name: "Argyrios")
player.complete(level: 1)
print("highest unlocked level is now \(LevelTracker.highestUnlockedLevel)")
print("@@listing-end 4@@")
player = Player(name: "Beto")
if player.tracker.advance(to: 6) {
   print("player is now on level 6")
} else {
   print("level 6 hasn't yet been unlocked")
}
print("@@listing-end 5@@")
