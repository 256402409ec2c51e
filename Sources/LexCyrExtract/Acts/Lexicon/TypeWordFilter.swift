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
