import LexCyrUnicode

/// Reads quarters and half-years as the period of their months: `III квартал 2021 г.`
/// (`2021-07`/`2021-09`), `в I квартале 2023 года`, `1-м кв. 2020 г.`, `во втором полугодии
/// 2020 г.` (`2020-07`/`2020-12`), `первой половины 2024 г.`, Kazakh `2022 жылдың 1-тоқсанында`, `2021 жылғы бірінші
/// жартыжылдықта`, English `the third quarter of 2021`, `the first half of 2020`, `Q3 2021`.
///
/// A part without its year (`в I квартале`) is no date.
struct YearPartReader {
    /// The tokens read.
    let tokens: DateTokens
    /// The parser that reads the year.
    let parser: DatePhraseParser

    /// The quarter or half-year that starts at token `i` (where ``mayStart(at:)`` holds), or `nil`.
    func match(at i: Int) -> DateMatch? {
        if tokens.startsWithDigit(i), let m = yearFirst(at: i) { return m }
        guard let (n, partAt) = ordinal(at: i), let part = Self.parts[tokens.key(partAt)] else { return nil }
        var k = partAt + 1
        if part.abbreviated {
            guard tokens.isChar(k, "."), tokens.touchesNext(partAt) else { return nil }
            k += 1
        }
        if tokens.key(k) == DatePhraseParser.of || tokens.isChar(k, ",") { k += 1 }
        // `второй половины 1990-х годов` is a phase of a decade, not a half-year.
        guard let year = parser.fourDigitYear(at: k), !(tokens.isDash(year.end) && tokens.touchesNext(year.end - 1))
        else { return nil }
        var p = DatePiece(year: year.year, first: k, end: year.end)
        if !year.glued { parser.extendYearWord(&p) }
        return period(n, part.months, year: year.year, first: i, end: p.end)
    }

    /// A check on token shapes and first letters that passes every start of a part and few other
    /// tokens, so that most tokens cost no hash: a single digit (`1-тоқсан`, `3 квартал`), a year
    /// before a Kazakh year word (`2022 жылдың`), a `Q` code, or a word before a part word
    /// (`III квартал`, `втором полугодии`, `third quarter`).
    func mayStart(at i: Int) -> Bool {
        let t = tokens.token(i)
        let s = tokens.unit.scalars
        let f = s[t.start].value
        if f >= 0x30 && f <= 0x39 {
            if t.end - t.start == 1 { return true }
            guard t.end - t.start == 4, tokens.isWord(i + 1) else { return false }
            let w = s[tokens.token(i + 1).start]
            return w == "ж" || w == "Ж"
        }
        if t.end - t.start == 2, f == 0x51 || f == 0x71 { return true }  // Q, q
        guard t.kind == .word, tokens.isWord(i + 1) else { return false }
        return Self.mayBePart(tokens.token(i + 1), in: s)
    }

    /// `true` when the word token `u` of `s` may be a part word (`квартал`, `кв`, `полугодии`,
    /// `тоқсан`, `quarter`, `half`), judged from its first letters.
    static func mayBePart(_ u: Token, in s: [Unicode.Scalar]) -> Bool {
        let n = u.end - u.start
        guard n >= 4 || n == 2, mayStartPart(s[u.start]) else { return false }
        if n == 2 { return ScalarCase.lower(s[u.start]) == "к" && ScalarCase.lower(s[u.start + 1]) == "в" }  // кв.
        // The first two letters rule out most words before a whole prefix is compared.
        let first = ScalarCase.lower(s[u.start]), second = ScalarCase.lower(s[u.start + 1])
        for prefix in partStarts where prefix[0] == first && prefix[1] == second && n >= prefix.count {
            var k = 2
            while k < prefix.count, ScalarCase.lower(s[u.start + k]) == prefix[k] { k += 1 }
            if k == prefix.count { return true }
        }
        return false
    }

    /// `true` for the first letters of ``partStarts`` and `кв`, either case.
    @inline(__always)
    static func mayStartPart(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "к", "К", "п", "П", "т", "Т", "ж", "Ж", "q", "Q", "h", "H": true
        default: false
        }
    }

    /// Beginnings of the part words long enough to pass few other words (`полов` but not
    /// `положение`).
    private static let partStarts: [[Unicode.Scalar]] = ["кварт", "полуг", "полов", "тоқса", "жарты", "quart", "half"]
        .map { Array($0.unicodeScalars) }

    /// `2022 жылдың 1-тоқсанында`, `2021 жылғы бірінші жартыжылдықта`, `2020 ж. II тоқсанда`.
    private func yearFirst(at i: Int) -> DateMatch? {
        guard let year = parser.fourDigitYear(at: i), !year.glued else { return nil }
        var p = DatePiece(year: year.year, first: i, end: year.end)
        guard let word = parser.extendYearWord(&p), word.attributive,
              let (n, partAt) = ordinal(at: p.end), let part = Self.parts[tokens.key(partAt)], !part.abbreviated
        else { return nil }
        return period(n, part.months, year: year.year, first: i, end: partAt + 1)
    }

    private func period(_ n: Int, _ months: Int, year: Int, first: Int, end: Int) -> DateMatch? {
        guard n >= 1, n * months <= 12 else { return nil }
        let from = DatePiece(year: year, month: (n - 1) * months + 1, first: first, end: end, marked: true)
        let to = DatePiece(year: year, month: n * months, first: first, end: end, marked: true)
        return DateMatch(value: from, until: to, isPeriod: true, first: first, end: end)
    }

    /// The ordinal at `i` and where the part word stands: `III квартал`, `3-й квартал`,
    /// `1-тоқсанында`, `третьем квартале`, `third quarter`, `Q3`.
    private func ordinal(at i: Int) -> (Int, Int)? {
        if tokens.isNumber(i), tokens.scalars(i).count == 1, let d = tokens.scalars(i).first?.value, (0x31...0x34).contains(d) {
            let n = Int(d - 0x30)
            guard tokens.isDash(i + 1), tokens.touchesNext(i) else {
                // `за 3 квартала 2021 года` counts quarters; `за 3 квартал` names one.
                return Self.countForms.contains(tokens.key(i + 1)) ? nil : (n, i + 1)
            }
            // `1-тоқсанында` (the part itself after the hyphen), `1-й квартал`, `1-м кв.`
            if Self.parts[tokens.key(i + 2)] != nil { return (n, i + 2) }
            return DateVocabulary.ordinalEndings.contains(tokens.key(i + 2)) ? (n, i + 3) : nil
        }
        guard tokens.has(i) else { return nil }
        let s = tokens.scalars(i)
        if s.count == 2, s.first == "Q" || s.first == "q", let n = Self.quarterCodes[tokens.key(i)] {
            // `Q3 2021`: the code stands for the ordinal and the part; read the year after it.
            return (n, i)
        }
        guard tokens.isWord(i) else { return nil }
        if let n = Self.ordinalWords[tokens.key(i)] { return (n, i + 1) }
        guard tokens.isWord(i + 1), Self.parts[tokens.key(i + 1)] != nil,
              let n = DatePhraseParser.roman(tokens.scalars(i)) else { return nil }
        return (n, i + 1)
    }

    /// A part of a year: how many months it has, and whether it is an abbreviation (`кв.`).
    private struct Part { var months: Int; var abbreviated = false }

    private static let parts: WordKeyTable<Part> = {
        var t = [WordKey: Part]()
        for w in ["квартал", "квартала", "квартале", "кварталу", "кварталом", "тоқсан", "тоқсанда", "тоқсанында",
                  "тоқсандағы", "тоқсанындағы", "тоқсаны", "тоқсанның", "тоқсанының", "quarter"] { t[WordKey(w)] = Part(months: 3) }
        for w in ["полугодие", "полугодия", "полугодии", "полугодию", "полугодием", "половина", "половины", "половине",
                  "половину", "половиной", "жартыжылдық", "жартыжылдықта", "жартыжылдығы", "жартыжылдығында",
                  "жартыжылдықтағы", "жартысы", "жартысында", "half"] { t[WordKey(w)] = Part(months: 6) }
        t["кв"] = Part(months: 3, abbreviated: true)
        // `Q3 2021`: the code is its own part word.
        for q in ["q1", "q2", "q3", "q4"] { t[WordKey(q)] = Part(months: 3) }
        return WordKeyTable(t)
    }()

    /// Genitive forms that follow a count of parts (`3 квартала`, `2 полугодия`).
    private static let countForms: WordKeySet = ["квартала", "полугодия"]

    private static let quarterCodes: WordKeyTable<Int> = ["q1": 1, "q2": 2, "q3": 3, "q4": 4]

    /// Ordinal words one to four in the forms a quarter or a half-year takes.
    private static let ordinalWords: WordKeyTable<Int> = {
        var t = [WordKey: Int]()
        let russian = [["первый", "первого", "первом", "первому", "первым", "первое", "первая", "первой", "первую"],
                       ["второй", "второго", "втором", "второму", "вторым", "второе", "вторая", "вторую"],
                       ["третий", "третьего", "третьем", "третьему", "третьим", "третье"],
                       ["четвертый", "четвертого", "четвертом", "четвертому", "четвертым",
                        "четвёртый", "четвёртого", "четвёртом", "четвёртому", "четвёртым"]]
        for (k, forms) in russian.enumerated() { for f in forms { t[WordKey(f)] = k + 1 } }
        for (k, f) in ["бірінші", "екінші", "үшінші", "төртінші"].enumerated() { t[WordKey(f)] = k + 1 }
        for (k, f) in ["first", "second", "third", "fourth"].enumerated() { t[WordKey(f)] = k + 1 }
        return WordKeyTable(t)
    }()
}
