struct Color {
   let red, green, blue: Double
   init(red: Double, green: Double, blue: Double) {
      self.red   = red
      self.green = green
      self.blue  = blue
   }
   init(white: Double) {
      red   = white
      green = white
      blue  = white
   }
}
print("@@listing-end 1@@")
let veryGreen = Color(0.0, 1.0, 0.0)
// this reports a compile-time error - argument labels are required
print("@@listing-end 2@@")
