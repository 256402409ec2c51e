/// Month names in Russian, Kazakh and English, in every case form a date uses:
/// `января`, `январе`, `январь`; `қаңтар`, `қаңтардағы`, `қаңтарда`, `қаңтарынан`; `January`, `Jan.`.
///
/// A lookup hashes the word once and costs one dictionary probe.
public enum MonthLexicon {
    /// Language a month name belongs to.
    public enum Language: Sendable { case russian, kazakh, english }

    /// What a Kazakh case ending adds to a month name or a year word.
    public enum Direction: Sendable {
        /// No direction (`23 қаңтардағы`, `января`).
        case none
        /// Ablative, "from" (`қаңтардан`, `жылдан`): starts a period with `бастап`/`дейін`.
        case from
        /// Dative, "to" (`наурызға`, `жылға`): ends a period with `дейін`.
        case to
    }

    /// A recognised month name.
    public struct Entry: Sendable, Equatable {
        /// Month number, 1…12.
        public var month: Int
        /// Language of the form.
        public var language: Language
        /// `true` for abbreviations (`янв`, `Sept`); Cyrillic ones need their full stop.
        public var abbreviated: Bool
        /// Direction added by a Kazakh case ending.
        public var direction: Direction
    }

    /// The month `word` names (any letter case), or `nil`.
    public static func entry(_ word: String) -> Entry? { table[WordKey(word)] }

    /// The month a token key names, or `nil`.
    static func entry(_ key: WordKey) -> Entry? { table[key] }

    /// `false` when the word `scalars` (any letter case) cannot be a month name: too short, or
    /// no form starts with its first two letters. A quick no for nearly every word of a text.
    static func mayName(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        openingsTest.mayName(scalars, range)
    }

    private static let openingsTest = Openings()

    /// The test of ``mayName(_:_:)`` with its tables loaded once, for a loop over every word.
    struct Openings {
        private let keys = openings
        private let cyrillic = cyrillicOpenings
        private let shortest = shortestForm

        /// See ``MonthLexicon/mayName(_:_:)``.
        @inline(__always)
        func mayName(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
            guard range.count >= shortest else { return false }
            let a = scalars[range.lowerBound].value, b = scalars[range.lowerBound + 1].value
            if let bit = MonthLexicon.cyrillicPair(a, b) { return cyrillic[bit >> 6] >> (bit & 63) & 1 != 0 }
            return mayNameHashed(scalars, range)
        }

        /// The look-up for words that do not start with two basic Cyrillic letters.
        @inline(never)
        private func mayNameHashed(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
            var h = WordKey.Hasher()
            h.add(scalars[range.lowerBound])
            h.add(scalars[range.lowerBound + 1])
            return keys.contains(h.key)
        }
    }

    /// The bit of two letters of the basic Cyrillic alphabet (`А`–`я`), either case, in a
    /// 32 × 32 table; `nil` for other letters.
    @inline(__always)
    static func cyrillicPair(_ a: UInt32, _ b: UInt32) -> Int? {
        guard a &- 0x410 < 0x40, b &- 0x410 < 0x40 else { return nil }
        return Int((a &- 0x410) & 31) << 5 | Int((b &- 0x410) & 31)
    }

    /// ``openings`` of two basic Cyrillic letters as bits (see ``cyrillicPair(_:_:)``).
    private static let cyrillicOpenings: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 16)
        for form in forms {
            let s = Array(form.unicodeScalars.prefix(2))
            if let bit = cyrillicPair(s[0].value, s[1].value) { bits[bit >> 6] |= 1 << UInt64(bit & 63) }
        }
        return bits
    }()

    /// Every form of the table, lower-case.
    private static let forms: [String] = russianStems.flatMap { stem, endings in endings.map { stem + $0 } }
        + kazakhStems.flatMap { stem in kazakhEndings.map { stem + $0.0 } }
        + english + russianAbbreviations.map(\.0) + englishAbbreviations.map(\.0)
    /// The first two letters of every form.
    private static let openings = WordKeySet(forms.map { WordKey(lowercasing: $0.unicodeScalars.prefix(2)) })
    /// Scalars in the shortest form.
    private static let shortestForm = max(2, forms.map(\.unicodeScalars.count).min() ?? 2)

    private static let russianStems: [(String, [String])] = {
        let soft = ["ь", "я", "е", "ю", "ём", "ем"]
        let hard = ["", "а", "е", "у", "ом"]
        return [("январ", soft), ("феврал", soft), ("март", hard), ("апрел", soft),
                ("ма", ["й", "я", "е", "ю", "ем"]), ("июн", soft), ("июл", soft), ("август", hard),
                ("сентябр", soft), ("октябр", soft), ("ноябр", soft), ("декабр", soft)]
    }()

    private static let russianAbbreviations: [(String, Int)] = [
        ("янв", 1), ("фев", 2), ("февр", 2), ("мар", 3), ("апр", 4), ("авг", 8), ("сен", 9),
        ("сент", 9), ("окт", 10), ("ноя", 11), ("нояб", 11), ("дек", 12),
    ]

    private static let kazakhStems = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым",
                                      "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"]

    /// Kazakh case and possessive endings after a month stem, with the direction they add.
    /// Vowel harmony is not checked: a wrong ending is not written, so over-generation costs nothing.
    private static let kazakhEndings: [(String, Direction)] = {
        let plain = ["", "да", "де", "та", "те", "дағы", "дегі", "тағы", "тегі", "ның", "нің", "дың", "дің",
                     "тың", "тің", "ды", "ді", "ты", "ті", "ны", "ні", "ы", "і", "сы", "сі", "ын", "ін",
                     "сын", "сін", "ында", "інде", "сында", "сінде", "ындағы", "індегі", "сындағы", "сіндегі",
                     "ның", "ында", "нда", "нде", "ндағы", "ндегі"]
        let from = ["дан", "ден", "тан", "тен", "нан", "нен", "ынан", "інен", "сынан", "сінен"]
        let to = ["ға", "ге", "қа", "ке", "на", "не", "ына", "іне", "сына", "сіне"]
        return plain.map { ($0, .none) } + from.map { ($0, .from) } + to.map { ($0, .to) }
    }()

    private static let english = ["january", "february", "march", "april", "may", "june", "july",
                                  "august", "september", "october", "november", "december"]
    private static let englishAbbreviations: [(String, Int)] = [
        ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8),
        ("sep", 9), ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12),
    ]

    private static let table: WordKeyTable<Entry> = {
        var t = [WordKey: Entry]()
        for (k, (stem, endings)) in russianStems.enumerated() {
            for e in endings { t[WordKey(stem + e)] = Entry(month: k + 1, language: .russian, abbreviated: false, direction: .none) }
        }
        for (k, stem) in kazakhStems.enumerated() {
            for (e, d) in kazakhEndings where t[WordKey(stem + e)] == nil {
                t[WordKey(stem + e)] = Entry(month: k + 1, language: .kazakh, abbreviated: false, direction: d)
            }
        }
        for (k, name) in english.enumerated() {
            t[WordKey(name)] = Entry(month: k + 1, language: .english, abbreviated: false, direction: .none)
        }
        for (a, m) in russianAbbreviations where t[WordKey(a)] == nil {
            t[WordKey(a)] = Entry(month: m, language: .russian, abbreviated: true, direction: .none)
        }
        for (a, m) in englishAbbreviations where t[WordKey(a)] == nil {
            t[WordKey(a)] = Entry(month: m, language: .english, abbreviated: true, direction: .none)
        }
        return WordKeyTable(t)
    }()
}
