/// Word endings looked up without building strings: does a token end with one of the endings,
/// after a stem of at least so many letters, and is it none of the exceptions? (`прошли` ends
/// with `ли`, `действует` with `ет`; `лет` is an exception.)
struct WordSuffixTable: Sendable {
    /// Keys of the endings, hashed from the last scalar backwards.
    private let endings: WordKeySet
    /// Lengths (in scalars) of the endings, ascending.
    private let lengths: [Int]
    /// Fewest letters before the ending.
    private let minimumStem: Int
    /// Whole words that never match.
    private let exceptions: WordKeySet

    /// A table of `endings` after stems of at least `minimumStem` letters, except the words `except`.
    init(_ endings: [String], minimumStem: Int, except: [String] = []) {
        self.endings = WordKeySet(endings.map { WordKey(lowercasing: $0.unicodeScalars.reversed()) })
        self.lengths = Set(endings.map(\.unicodeScalars.count)).sorted()
        self.minimumStem = minimumStem
        self.exceptions = WordKeySet(except.map { WordKey($0) })
    }

    /// `true` when `scalars` (any letter case, all lowercase) end with an ending of the table.
    func matches(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let f = scalars.first, !f.properties.isUppercase, !exceptions.contains(WordKey(lowercasing: scalars)) else { return false }
        var h = WordKey.Hasher()
        var next = 0
        var n = 0
        for s in scalars.reversed() {
            h.add(s)
            n += 1
            guard n == lengths[next] else { continue }
            if scalars.count - n >= minimumStem, endings.contains(h.key) { return true }
            next += 1
            if next == lengths.count { return false }
        }
        return false
    }
}
