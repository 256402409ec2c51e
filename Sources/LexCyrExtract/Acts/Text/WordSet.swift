/// A set of lower-case words held as hashes, so that a word of the text can be tested without
/// building a `String` (Swift hashes strings through Unicode normalisation, which is slow).
struct WordSet: Sendable {
    private let hashes: Set<UInt64>

    /// The set of `words` (any case).
    init(_ words: [String]) {
        hashes = Set(words.map(WordSet.hash))
    }

    /// `true` when the word at `range` of `scalars` (any case) is in the set.
    @inline(__always)
    func contains(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        hashes.contains(WordSet.hash(scalars, range))
    }

    /// FNV-1a over the lower-cased scalar values of `range`.
    @inline(__always)
    static func hash(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in range {
            h ^= UInt64(Fold.lower(scalars[i]).value)
            h = h &* 0x100_0000_01b3
        }
        return h
    }

    /// The hash of `word`, lower-cased.
    static func hash(_ word: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for s in word.unicodeScalars {
            h ^= UInt64(Fold.lower(s).value)
            h = h &* 0x100_0000_01b3
        }
        return h
    }
}
