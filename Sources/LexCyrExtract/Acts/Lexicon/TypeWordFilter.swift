/// The cheap checks run on every word of a text before any is classified: whether it may name
/// an act type at all (by its first letters), and whether a type word stands where it can.
///
/// Make one per scan (it holds the table, so that a check inside a loop does not go through the
/// lazily initialised static each time), or use the static ``mayBeTypeWord(_:_:)`` for a few words.
struct TypeWordFilter {
    private let keys4 = Self.keys4

    /// A filter holding the table of first letters.
    init() {}

    /// `true` when the word at `range` may name an act type.
    @inline(__always)
    func mayBeTypeWord(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        Self.mayBeTypeWord(scalars, range, keys4: keys4)
    }

    /// For each two lower-case Russian letters `а`…`я` (index `32 * first + second`), a bit for
    /// each third letter `а`…`я` that some key of ``keys4`` goes on with. A word that starts with
    /// three Russian letters not in the table (and not with `Ф`) cannot pass
    /// ``mayBeTypeWord(_:_:)``, nor can a word of one or two letters that does not start with
    /// `Ф`: most words of a text, turned away by one table read (``rejects(_:_:triples:)``).
    static let triples: [UInt32] = {
        var table = [UInt32](repeating: 0, count: 32 * 32)
        func add(_ key: UInt64) {
            let a = UInt32(truncatingIfNeeded: key >> 48) &- 0x430
            let b = UInt32(truncatingIfNeeded: key >> 32 & 0xFFFF) &- 0x430
            let c = UInt32(truncatingIfNeeded: key >> 16 & 0xFFFF) &- 0x430
            if a < 32, b < 32, c < 32 { table[Int(a * 32 + b)] |= 1 << c }
        }
        for stem in ActLexicon.russianTypes.keys { if let k = Fold.key(stem, length: 4) { add(k) } }
        for lemma in KazakhMorphology.lemmas {
            if case .type = lemma.meaning, let k = Fold.key(lemma.stem, length: 4) { add(k) }
        }
        // `заң` (``key3``) ends with a letter outside `а`…`я`: such words are never turned away.
        return table
    }()

    /// `true` when the word at `range` surely names no act type (see ``triples``, which the
    /// caller holds); `false` means "ask ``mayBeTypeWord(_:_:)``".
    @inline(__always)
    static func rejects(_ scalars: [Unicode.Scalar], _ range: Range<Int>, triples: [UInt32]) -> Bool {
        let lo = range.lowerBound
        guard scalars[lo] != "Ф" else { return false }
        guard range.count >= 3 else { return true }
        // `А`…`Я` and `а`…`я` (0x410…0x44F) fold onto one letter index by their low five bits;
        // any other scalar (`ё`, Kazakh, Latin) leaves the word to the full check.
        let a = scalars[lo].value &- 0x410, b = scalars[lo + 1].value &- 0x410, c = scalars[lo + 2].value &- 0x410
        return a | b | c < 64 && triples[Int((a & 31) << 5 | b & 31)] & (1 << (c & 31)) == 0
    }

    /// First four letters of the type words (``Fold/key(_:_:length:)``): a word whose first four
    /// (or, for `заң`, three) letters are not here cannot name an act.
    private static let keys4: KeyIndex = {
        var keys = [UInt64]()
        for stem in ActLexicon.russianTypes.keys { if let k = Fold.key(stem, length: 4) { keys.append(k) } }
        for lemma in KazakhMorphology.lemmas {
            if case .type = lemma.meaning, let k = Fold.key(lemma.stem, length: 4) { keys.append(k) }
        }
        return KeyIndex(set: keys)
    }()
    /// `заң` packed as ``Fold/key(_:_:length:)`` does.
    private static let key3: UInt64 = 0x0437_0430_04A3

    /// `true` when the word at `range` may name an act type.
    static func mayBeTypeWord(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        mayBeTypeWord(scalars, range, keys4: keys4)
    }

    @inline(__always)
    private static func mayBeTypeWord(_ scalars: [Unicode.Scalar], _ range: Range<Int>, keys4: KeyIndex) -> Bool {
        let n = range.count, lo = range.lowerBound
        if n <= 3, scalars[lo] == "Ф" { return standsAlone(scalars, range) }
        guard n >= 3 else { return false }
        let a = Fold.lower(scalars[lo]).value, b = Fold.lower(scalars[lo + 1]).value, c = Fold.lower(scalars[lo + 2]).value
        guard a | b | c <= 0xFFFF else { return false }
        let k3 = UInt64(a) << 32 | UInt64(b) << 16 | UInt64(c)
        if k3 == key3 { return true }
        guard n >= 4 else { return false }
        let d = Fold.lower(scalars[lo + 3]).value
        return d <= 0xFFFF && keys4.contains(k3 << 16 | UInt64(d))
    }

    /// `false` for a type word that cannot name an act where it stands: glued to a number
    /// (`152-ФЗ`, `ФЗ` of `N 63-ФЗ`) or an abbreviation not in capitals (`фз`).
    static func standsAlone(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        if range.lowerBound > 0 {
            let c = scalars[range.lowerBound - 1]
            if c == "-" || c == "‑" || c.asciiDigitValue != nil { return false }
        }
        if range.count <= 3, Fold.lower(scalars[range.lowerBound]) == "ф" {
            return range.allSatisfy { Fold.isUpper(scalars[$0]) }
        }
        return true
    }
}
