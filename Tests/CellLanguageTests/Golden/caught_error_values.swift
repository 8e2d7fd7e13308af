// A caught error held in a variable takes any other error value, as `any Error` does.
enum E: Error { case a, b }
struct F: Error { var code = 1 }
do { throw E.b } catch {
    var x = error
    print(x)
    x = F(code: 2)
    print(x)
    x = E.a
    print(x)
}
