// Classes: shared, mutable objects with reference semantics.
import Foundation
final class Classroom {
    let name: String
    var students: [String] = []
    var capacity: Int

    init(name: String, capacity: Int = 3) {
        self.name = name
        self.capacity = capacity
    }

    var isFull: Bool { students.count >= capacity }

    func enroll(_ student: String) -> Bool {
        if isFull { return false }
        students.append(student)
        return true
    }

    func describe() -> String {
        "\(name): \(students.joined(separator: ", ")) [\(students.count)/\(capacity)]"
    }
}
// --- cell ---
let room = Classroom(name: "Aula 1")
print(room.enroll("Ada"), room.enroll("Alan"))
print(room.describe())
// Two names, one object.
let sameRoom = room
print(sameRoom.enroll("Grace"))
print(room.describe())
print(room.isFull, sameRoom === room)
print(room.enroll("Linus"))
// --- cell ---
let other = Classroom(name: "Aula 2", capacity: 5)
print(other === room)
other.capacity = 1
print(other.enroll("Barbara"), other.enroll("Edsger"))
print(other.describe())
// --- cell ---
// Objects in arrays are shared, not copied.
let rooms = [room, other]
rooms[1].capacity = 2
print(other.enroll("Edsger"))
for r in rooms { print(r.describe()) }
// --- cell ---
final class Node {
    let value: Int
    var next: Node?
    init(value: Int, next: Node? = nil) {
        self.value = value
        self.next = next
    }
}
let list = Node(value: 1, next: Node(value: 2, next: Node(value: 3)))
var current: Node? = list
var values: [Int] = []
while current != nil {
    values.append(current!.value)
    current = current!.next
}
print(values)
list.next?.next?.next = Node(value: 4)
print(list.next?.next?.next?.value as Any)
print(list.next?.value ?? 0)
