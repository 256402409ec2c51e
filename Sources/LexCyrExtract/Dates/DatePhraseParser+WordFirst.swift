/// The date forms of ``DatePhraseParser`` that start with a word: month first (`June 5, 2022`,
/// `марте 2020 года`), a month waiting for its year (`январь–март 2020 г.`), Roman centuries
/// (`XX век`, `XIX–XX вв.`).
extension DatePhraseParser {
    /// `June 5, 2022`, `Dec. 5, 2022`, `June 2022`, `марте 2020 года`, `янв. 2020 г.`, `наурыз 2020 ж.`.
    func monthFirst(_ i: Int) -> DatePiece? {
        guard let m = MonthLexicon.entry(tokens.key(i)) else { return nil }
        var k = i + 1
        if tokens.isChar(k, ".") {
            guard m.abbreviated else { return nil }
            k += 1
        } else if m.abbreviated && m.language != .english {
            return nil
        }
        if let year = fourDigitYear(at: k) {
            var p = DatePiece(year: year.year, month: m.month, first: i, end: year.end, marked: true)
            let word = year.glued ? nil : extendYearWord(&p)
            if m.language == .kazakh && word == nil && !year.glued { return nil }
            return p
        }
        guard m.language == .english, let r = NumericDateParser.parse(tokens.scalars(k)),
              case .integer(let d, let digits) = r.form, digits <= 2, r.suffix.isEmpty || DateVocabulary.englishOrdinals.contains(WordKey(r.suffix))
        else { return nil }
        k += 1
        if tokens.isChar(k, ",") { k += 1 }
        guard let year = fourDigitYear(at: k) else { return nil }
        let p = DatePiece(year: year.year, month: m.month, day: d, first: i, end: year.end, marked: true)
        return p.isValid ? p : nil
    }

    /// `true` when the word at `i` is followed by a dash, `по`/`to` or `и`/`and`: the place of a
    /// month that borrows its year from the next one (`январь–март 2020 г.`, `в январе и феврале 2021 года`).
    func opensMonthList(_ i: Int) -> Bool {
        if tokens.isDash(i + 1) { return true }
        guard tokens.isWord(i + 1), tokens.scalars(i + 1).count <= 7 else { return false }
        return Self.monthJoiners.contains(tokens.key(i + 1))
    }

    /// Words after a month that take the year from a later one (`по`, `до`, `to`, `и`, `and`).
    private static let monthJoiners = WordKeySet(DateVocabulary.periodClosers.allKeys + DateVocabulary.coordinators.elements)

    /// A month name without a year, for a period or a list to complete.
    func monthAlone(_ i: Int) -> DatePiece? {
        guard let m = MonthLexicon.entry(tokens.key(i)), !m.abbreviated else { return nil }
        return DatePiece(month: m.month, first: i, end: i + 1, marked: true, direction: m.direction)
    }

    /// `XX век`, `XIX–XX вв.` (the first half comes back unmarked), `XXI ғасыр`, `XX century`.
    func romanCentury(_ i: Int) -> DatePiece? {
        guard let n = Self.roman(tokens.scalars(i)), (1...21).contains(n) else { return nil }
        var p = DatePiece(scale: .century, year: (n - 1) * 100, first: i, end: i + 1)
        let key = tokens.key(i + 1)
        if let plural = DateVocabulary.centuryWords[key] {
            if DateVocabulary.centuryAbbreviations.contains(key) {
                guard tokens.isChar(i + 2, "."), tokens.touchesNext(i + 1) else { return nil }
                p.end = i + 3
            } else {
                p.end = i + 2
            }
            p.marked = true
            p.plural = plural
            return p
        }
        let k = phaseEnd(before: i + 2)
        return tokens.isDash(i + 1) && tokens.isWord(k) && Self.roman(tokens.scalars(k)) != nil ? p : nil
    }

    /// `the nineteenth century`, `twenty-first century`: a century named by an English ordinal word.
    func englishWordCentury(_ i: Int) -> DatePiece? {
        // Only `s…`, `e…`, `n…`, `t…` words can be one: no hash for the others.
        guard Self.mayStartEnglishCentury(tokens.unit.scalars[tokens.token(i).start].value) else { return nil }
        var n = Self.englishOrdinalCenturies[tokens.key(i)]
        var k = i + 1
        if n == nil, tokens.key(i) == Self.twenty, tokens.isDash(i + 1), tokens.touchesNext(i) {
            n = ["first": 21, "second": 22][tokens.key(i + 2)]
            k = i + 3
        }
        guard let n, n <= 21, let plural = DateVocabulary.centuryWords[tokens.key(k)],
              tokens.key(k) == Self.century || tokens.key(k) == Self.centuries else { return nil }
        return DatePiece(scale: .century, year: (n - 1) * 100, first: i, end: k + 1, marked: true, plural: plural)
    }

    private static let twenty: WordKey = "twenty"

    private static let englishOrdinalCenturies: WordKeyTable<Int> = [
        "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    ]

    /// Position after the words that name a phase of a period before `k` (`начала`, `середины`,
    /// `первой половины`, `early`, `the late`), or `k` itself: where the decade or century stands.
    func phaseEnd(before k: Int) -> Int {
        var j = k
        while j < k + 2, tokens.isWord(j), DateVocabulary.phaseWords.contains(tokens.key(j)) { j += 1 }
        return j
    }

    /// First of the phase words that end just before `k` (`конца` in `с конца 1980-х`), or `k`.
    func phaseStart(before k: Int) -> Int {
        var j = k
        while j > k - 2, tokens.isWord(j - 1), DateVocabulary.phaseWords.contains(tokens.key(j - 1)) { j -= 1 }
        return j
    }

    /// Position after the Kazakh phase words that follow a date at `k` (`ғасырдың соңы`), or `k`.
    func phaseEnd(after k: Int) -> Int {
        tokens.isWord(k) && DateVocabulary.kazakhPhaseWords.contains(tokens.key(k)) ? k + 1 : k
    }


    /// `true` for the initials of the English century words (`sixteenth` … `twentieth`, `twenty-first`).
    @inline(__always)
    static func mayStartEnglishCentury(_ v: UInt32) -> Bool {
        switch v {
        case 0x73, 0x53, 0x65, 0x45, 0x6E, 0x4E, 0x74, 0x54: true  // s S e E n N t T
        default: false
        }
    }

    /// `true` for `I`, `V`, `X` and the Cyrillic look-alikes `І`, `Ӏ`, `Х`.
    @inline(__always)
    static func isRomanDigit(_ v: UInt32) -> Bool {
        switch v {
        case 0x49, 0x406, 0x4C0, 0x56, 0x58, 0x425: true
        default: false
        }
    }

    /// Value of a Roman numeral written with Latin or look-alike Cyrillic letters (`XX`, `ХХ`, `XІX`).
    static func roman(_ scalars: ArraySlice<Unicode.Scalar>) -> Int? {
        var total = 0, previous = 0
        // The first letter decides for nearly every word.
        guard let first = scalars.first, scalars.count <= 6, isRomanDigit(first.value) else { return nil }
        for s in scalars.reversed() {
            let v: Int
            switch s.value {
            case 0x49, 0x406, 0x4C0: v = 1      // I, І, Ӏ
            case 0x56: v = 5                    // V
            case 0x58, 0x425: v = 10            // X, Х
            default: return nil
            }
            total += v < previous ? -v : v
            previous = max(previous, v)
        }
        return total > 0 ? total : nil
    }
}
