class HTMLElement {
   let name: String
   let text: String?

   lazy var asHTML: () -> String = {
      if let text = self.text {
         return "<\(self.name)>\(text)</\(self.name)>"
      } else {
         return "<\(self.name) />"
      }
   }

   init(name: String, text: String? = nil) {
      self.name = name
      self.text = text
   }

   deinit {
      print("\(name) is being deinitialized")
   }
}
print("@@listing-end 1@@")
let heading = HTMLElement(name: "h1")
let defaultText = "some default text"
heading.asHTML = {
   return "<\(heading.name)>\(heading.text ?? defaultText)</\(heading.name)>"
}
print(heading.asHTML())
print("@@listing-end 2@@")
var paragraph: HTMLElement? = HTMLElement(name: "p", text: "hello, world")
print(paragraph!.asHTML())
print("@@listing-end 3@@")
paragraph = nil
print("@@listing-end 4@@")
class SomeClass {
var delegate: AnyObject?
lazy var someClosure = {
      [unowned self, weak delegate = self.delegate]
      (index: Int, stringToProcess: String) -> String in
   // closure body goes here
   return "foo"
}
}
print("@@listing-end 5@@")
class AnotherClass {
var delegate: AnyObject?
lazy var someClosure = {
      [unowned self, weak delegate = self.delegate] in
   // closure body goes here
   return "foo"
}
}
print("@@listing-end 6@@")
