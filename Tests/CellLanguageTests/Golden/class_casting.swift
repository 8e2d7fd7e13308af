// Type casting over class hierarchies: `is`, `as?`, `as!`, upcasts, and array literals of subclasses.
class MediaItem {
    var name: String
    init(name: String) {
        self.name = name
    }
}
class Movie: MediaItem {
    var director: String
    init(name: String, director: String) {
        self.director = director
        super.init(name: name)
    }
}
class Song: MediaItem {
    var artist: String
    init(name: String, artist: String) {
        self.artist = artist
        super.init(name: name)
    }
}
final class Single: Song {}

let library = [
    Movie(name: "Casablanca", director: "Michael Curtiz"),
    Song(name: "Blue Suede Shoes", artist: "Elvis Presley"),
    Single(name: "Hound Dog", artist: "Elvis Presley"),
    Movie(name: "Citizen Kane", director: "Orson Welles"),
]
var movieCount = 0
var songCount = 0
for item in library {
    if item is Movie {
        movieCount += 1
    } else if item is Song {
        songCount += 1
    }
}
print("\(movieCount) movies and \(songCount) songs")
for item in library {
    if let movie = item as? Movie {
        print("Movie: \(movie.name), dir. \(movie.director)")
    } else if let song = item as? Song {
        print("Song: \(song.name), by \(song.artist)", song is Single)
    }
}
let first: MediaItem = library[0]
let movie = first as! Movie
print(movie.director)
let upcast = movie as MediaItem
print(upcast.name, upcast is Movie, upcast is Song)
let optionalItem: MediaItem? = library[1]
print((optionalItem as? Song)?.artist ?? "none", (optionalItem as? Movie)?.director ?? "none")
let nothing: MediaItem? = nil
print(nothing is Song, (nothing as? Song) == nil)
let songs: [Song] = [Song(name: "A", artist: "B"), Single(name: "C", artist: "D")]
let items: [MediaItem] = songs
print(items.count, items[1] is Single)
var count = 0
for item in library where item is Song {
    count += 1
}
print(count)
let singles = library.compactMap { $0 as? Single }
print(singles.map { $0.name })
