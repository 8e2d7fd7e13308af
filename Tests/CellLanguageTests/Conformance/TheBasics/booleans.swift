let orangesAreOrange = true
let turnipsAreDelicious = false
print("@@listing-end 1@@")
if turnipsAreDelicious {
   print("Mmm, tasty turnips!")
} else {
   print("Eww, turnips are horrible.")
}
print("@@listing-end 2@@")
