var temperatureInFahrenheit = 30
if temperatureInFahrenheit <= 32 {
   print("It's very cold. Consider wearing a scarf.")
}
print("@@listing-end 1@@")
temperatureInFahrenheit = 40
if temperatureInFahrenheit <= 32 {
   print("It's very cold. Consider wearing a scarf.")
} else {
   print("It's not that cold. Wear a T-shirt.")
}
print("@@listing-end 2@@")
temperatureInFahrenheit = 90
if temperatureInFahrenheit <= 32 {
   print("It's very cold. Consider wearing a scarf.")
} else if temperatureInFahrenheit >= 86 {
   print("It's really warm. Don't forget to wear sunscreen.")
} else {
   print("It's not that cold. Wear a T-shirt.")
}
print("@@listing-end 3@@")
temperatureInFahrenheit = 72
if temperatureInFahrenheit <= 32 {
   print("It's very cold. Consider wearing a scarf.")
} else if temperatureInFahrenheit >= 86 {
   print("It's really warm. Don't forget to wear sunscreen.")
}
print("@@listing-end 4@@")
