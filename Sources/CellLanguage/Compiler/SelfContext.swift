/// The type whose method is being compiled (so bare member names mean `self.member`).
struct SelfContext {
    var type: UserType
    var level: Int
}
