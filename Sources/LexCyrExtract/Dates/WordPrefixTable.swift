/// Word beginnings looked up without building strings: does a token start with one of the
/// stems, followed by at most so many more letters? (`закона` is `закон` + 1, `Указом` is
/// `указ` + 2, `статьями` is `стать` + 3.)
struct WordPrefixTable: Sendable {
    /// Longest ending allowed after each stem, by the key of the stem.
    private let endings: WordKeyTable<Int>
    /// Lengths (in scalars) of the stems, ascending.
    private let lengths: [Int]

    /// A table of `stems`, each allowing up to `ending` more scalars.
    init(_ stems: [(String, Int)]) {
        var endings = [WordKey: Int]()
        var lengths = Set<Int>()
        for (stem, ending) in stems {
            endings[WordKey(stem)] = max(endings[WordKey(stem)] ?? 0, ending)
            lengths.insert(stem.unicodeScalars.count)
        }
        self.endings = WordKeyTable(endings)
        self.lengths = lengths.sorted()
    }

    /// `true` when `scalars` (any letter case) are a stem of the table plus an ending it allows.
    func matches(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let shortest = lengths.first, scalars.count >= shortest else { return false }
        var h = WordKey.Hasher()
        var next = 0
        for (n, s) in scalars.enumerated() {
            h.add(s)
            guard n + 1 == lengths[next] else { continue }
            if let ending = endings[h.key], scalars.count - (n + 1) <= ending { return true }
            next += 1
            if next == lengths.count { return false }
        }
        return false
    }
}
