/// ``ActLexicon``'s Russian tables merged into one, keyed by the hash of the lower-case stem or
/// word (``WordSet/hash(_:)-swift.type.method``), so that classifying a word costs one look-up
/// instead of several `String` look-ups, each hashing the word through Unicode normalisation.
enum StemTable {
    /// What the lexicon knows about one stem or word.
    struct Entry: Sendable {
        var type: ActLexicon.TypeWord?
        var modifier: ActLexicon.Modifier?
        var issuer: IssuerParts = []
        var jurisdiction: String?
        var roles: WordRoles = []
    }

    private static let entries: [UInt64: Entry] = {
        var table = [UInt64: Entry]()
        func edit(_ key: String, _ change: (inout Entry) -> Void) { change(&table[WordSet.hash(key), default: Entry()]) }
        for (k, v) in ActLexicon.russianTypes { edit(k) { $0.type = v } }
        for (k, v) in ActLexicon.russianModifiers { edit(k) { $0.modifier = v } }
        for (k, v) in ActLexicon.issuerStems { edit(k) { $0.issuer = v } }
        for (k, v) in ActLexicon.jurisdictions { edit(k) { $0.jurisdiction = v } }
        for (k, v) in ActLexicon.roles { edit(k) { $0.roles = v } }
        return table
    }()

    /// The entry of `word` (a stem or a whole word, lower case), if the lexicon has one.
    @inline(__always)
    static func entry(_ word: String) -> Entry? {
        entries[WordSet.hash(word)]
    }
}
