import Diagnostics

/// Standard-library types nbrun declares in Swift, as the library declares them: a cell that names one (where the
/// notebook declares no type of that name) has it declared before it compiles (`Interpreter.loadLibraryTypes`),
/// as a type of the module `Swift` (`Swift.Result<Swift.Int, main.MyError>` in debug descriptions).
enum LibraryTypes {
    /// One library type: its name and its declaration.
    struct Entry {
        let name: String
        let source: String
    }

    /// The line the library types' declarations start at: beyond any notebook's, so that their nodes are told apart
    /// from the cells' (`declares`).
    static let firstLine = 1 << 24

    /// Whether `location` is in a library type's declaration.
    static func declares(_ location: SourceLocation) -> Bool {
        location.line >= firstLine
    }

    /// The library types, in the order they are declared.
    static let entries: [Entry] = [result]

    /// `Result<Success, Failure: Error>`: `.success` / `.failure`, `get()`, `map` and `mapError`. Not
    /// `init(catching:)`, whose failure is `any Error`, a type cells do not name, nor `flatMap` and `flatMapError`,
    /// whose function parameters returning a specialization of the type itself cells do not declare yet.
    static let result = Entry(name: "Result", source: """
    enum Result<Success, Failure: Error> {
        case success(Success)
        case failure(Failure)

        func get() throws -> Success {
            switch self {
            case .success(let success): return success
            case .failure(let failure): throw failure
            }
        }

        func map<NewSuccess>(_ transform: (Success) -> NewSuccess) -> Result<NewSuccess, Failure> {
            switch self {
            case .success(let success): return .success(transform(success))
            case .failure(let failure): return .failure(failure)
            }
        }

        func mapError<NewFailure: Error>(_ transform: (Failure) -> NewFailure) -> Result<Success, NewFailure> {
            switch self {
            case .success(let success): return .success(success)
            case .failure(let failure): return .failure(transform(failure))
            }
        }
    }
    """)
}
