/// A set of lower-case words held as hashes, so that a word of the text can be tested without
/// building a `String` (Swift hashes strings through Unicode normalisation, which is slow).
struct WordSet: Sendable {
    private let hashes: KeyIndex

    /// The set of `words` (any case).
    init(_ words: [String]) {
        hashes = KeyIndex(set: words.map(WordSet.hash))
    }

    /// `true` when the word at `range` of `scalars` (any case) is in the set.
    @inline(__always)
    func contains(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        hashes.contains(WordSet.hash(scalars, range))
    }

    /// `true` when the word whose ``hash(_:_:)`` is `hash` is in the set.
    @inline(__always)
    func contains(hash: UInt64) -> Bool {
        hashes.contains(hash)
    }

    /// FNV-1a's starting value.
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    /// `h` extended by one (lower-case) scalar, FNV-1a: the hash of a word is the hash of its
    /// first letters extended by the next, so that all prefixes of a word hash in one pass.
    @inline(__always)
    static func extend(_ h: UInt64, _ s: Unicode.Scalar) -> UInt64 {
        (h ^ UInt64(s.value)) &* 0x100_0000_01b3
    }

    /// FNV-1a over the lower-cased scalar values of `range`.
    @inline(__always)
    static func hash(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> UInt64 {
        var h = seed
        for i in range { h = extend(h, Fold.lower(scalars[i])) }
        return h
    }

    /// The hash of `word`, lower-cased.
    static func hash(_ word: String) -> UInt64 {
        var h = seed
        for s in word.unicodeScalars { h = extend(h, Fold.lower(s)) }
        return h
    }
}
