/// ``ActLexicon``'s Russian tables merged into one, keyed by the hash of the lower-case stem or
/// word (``WordSet/hash(_:)-swift.type.method``), so that classifying a word costs one look-up
/// instead of several `String` look-ups, each hashing the word through Unicode normalisation.
enum StemTable {
    /// What the lexicon knows about one stem or word.
    struct Entry: Sendable {
        var type: ActLexicon.TypeWord?
        /// ``ActLexicon/TypeWord/plural`` as hashes, to test a word's ending without a `String`.
        var plurals = WordSet([])
        var modifier: ActLexicon.Modifier?
        var issuer: IssuerParts = []
        var jurisdiction: String?
        var roles: WordRoles = []
    }

    private static let table: (index: KeyIndex, entries: [Entry], prefixes: KeyIndex) = {
        var index = KeyIndex(capacity: 256)
        var entries = [Entry]()
        var prefixes = KeyIndex(capacity: 1024)
        func edit(_ key: String, _ change: (inout Entry) -> Void) {
            let h = WordSet.hash(key)
            if index[h] == nil {
                index[h] = entries.count
                entries.append(Entry())
                var p = WordSet.seed
                for s in key.unicodeScalars {
                    p = WordSet.extend(p, Fold.lower(s))
                    prefixes[p] = 0
                }
            }
            change(&entries[index[h]!])
        }
        for (k, v) in ActLexicon.russianTypes { edit(k) { $0.type = v; $0.plurals = WordSet(Array(v.plural)) } }
        for (k, v) in ActLexicon.russianModifiers { edit(k) { $0.modifier = v } }
        for (k, v) in ActLexicon.issuerStems { edit(k) { $0.issuer = v } }
        for (k, v) in ActLexicon.jurisdictions { edit(k) { $0.jurisdiction = v } }
        for (k, v) in ActLexicon.roles { edit(k) { $0.roles = v } }
        return (index, entries, prefixes)
    }()

    /// The entry of `word` (a stem or a whole word, lower case), if the lexicon has one.
    static func entry(_ word: String) -> Entry? {
        entry(hash: WordSet.hash(word))
    }

    /// The entry of the stem or word whose ``WordSet`` hash is `hash`, if the lexicon has one.
    @inline(__always)
    static func entry(hash: UInt64) -> Entry? {
        table.index[hash].map { table.entries[$0] }
    }

    /// `true` when the Snowball stem of the lower-case Russian `word` may have an entry: when
    /// some key of the table is a prefix of the word and the rest of the word could be the ending
    /// Snowball deletes. Snowball's Russian stemmer only deletes endings, only after the word's
    /// first vowel (its region RV), and only endings made of ``endingLetters``; so a key that
    /// stops before the first vowel, or before a letter no ending has, is not the stem.
    /// Most words are rejected after a letter or two of walking the table's key prefixes.
    static func mayStemToKey(_ word: [Unicode.Scalar]) -> Bool {
        let table = table
        // Where the first vowel and the last letter no ending has are, found when a key matches.
        var firstVowel = -1, lastFixed = -1
        var h = WordSet.seed
        for (i, s) in word.enumerated() {
            h = WordSet.extend(h, s)
            guard table.prefixes.contains(h) else { return false }
            guard table.index.contains(h) else { continue }
            let length = i + 1
            if length == word.count { return true }
            if firstVowel < 0 {
                let vowels = vowels, endingLetters = endingLetters
                firstVowel = word.firstIndex { isIn(vowels, $0) } ?? word.count
                lastFixed = word.lastIndex { !isIn(endingLetters, $0) } ?? -1
            }
            if length > firstVowel && length > lastFixed { return true }
        }
        return false
    }

    /// Snowball's Russian vowels, as a mask over `а`…`я` (see ``letterMask(_:)``).
    private static let vowels = letterMask("аеиоуыэюя")
    /// The letters of the endings Snowball's Russian stemmer deletes, as a mask.
    private static let endingLetters = letterMask("авгеийлмностухшщыьюя")

    /// One bit per lower-case Russian letter `а`…`я` of `letters`.
    private static func letterMask(_ letters: String) -> UInt32 {
        letters.unicodeScalars.reduce(0) { $0 | 1 << ($1.value - 0x430) }
    }

    /// `true` when `s` is a lower-case Russian letter of `mask`.
    @inline(__always)
    private static func isIn(_ mask: UInt32, _ s: Unicode.Scalar) -> Bool {
        let offset = s.value &- 0x430
        return offset < 32 && mask & (1 << offset) != 0
    }
}
