import LexCyrCore

/// The suffixes Russian federal acts carry in their numbers, read from footnote text: a phrase
/// that names the kind (`Федеральный закон`, `ФКЗ`, `Определение Конституционного Суда РФ`,
/// `Распоряжение Правительства РФ`), then `№` and the number before the title.
enum RussianNumbering {
    /// A number without its suffix.
    struct Finding {
        /// The number as written.
        var span: Span
        var message: String
    }

    /// What a phrase names, and the suffix its number must carry.
    private enum Kind {
        case federalLaw, federalConstitutionalLaw, courtResolution, courtRuling, governmentOrder

        var name: String {
            switch self {
            case .federalLaw: "federal law"
            case .federalConstitutionalLaw: "federal constitutional law"
            case .courtResolution: "Constitutional Court resolution (постановление)"
            case .courtRuling: "Constitutional Court ruling (определение)"
            case .governmentOrder: "government order (распоряжение)"
            }
        }

        /// Whether the number's suffix (after its first hyphen, upper-cased) fits.
        func fits(_ suffix: String) -> Bool {
            switch self {
            case .federalLaw: suffix == "ФЗ"
            case .federalConstitutionalLaw: suffix == "ФКЗ"
            case .courtResolution: suffix == "П"
            case .courtRuling: suffix.hasPrefix("О") || suffix == "Р"   // 1567-О, 1055-О-О, 320-О-П, 11-Р
            case .governmentOrder: suffix == "Р"
            }
        }

        var example: String {
            switch self {
            case .federalLaw: "-ФЗ"
            case .federalConstitutionalLaw: "-ФКЗ"
            case .courtResolution: "-П"
            case .courtRuling: "-О"
            case .governmentOrder: "-р"
            }
        }
    }

    private static func scalars(_ words: [String]) -> [[Unicode.Scalar]] { words.map { Array($0.unicodeScalars) } }
    private static let federal = scalars(["федеральн"])[0]
    private static let law = scalars(["закон"])[0]
    private static let constitutional = scalars(["конституционн"])[0]
    private static let court = scalars(["суд"])[0]
    private static let government = scalars(["правительств"])[0]
    private static let resolution = scalars(["постановлени"])[0]
    private static let ruling = scalars(["определени"])[0]
    private static let order = scalars(["распоряжени"])[0]
    private static let plenum = scalars(["пленум"])[0]
    private static let russia = scalars(["российск", "россии"])
    private static let otherStates = scalars(["казахстан", "қазақстан", "беларус", "кыргыз", "узбекистан", "армени"])
    private static let abbreviationFZ = scalars(["ФЗ"])[0]
    private static let abbreviationFKZ = scalars(["ФКЗ"])[0]
    /// Words that open a phrase whose number has a rule.
    private static let triggers = [federal, resolution, ruling, order]
    /// Words that start a new citation: the phrase of the one before ends there.
    private static let starters = scalars(["федеральн", "постановлени", "определени", "распоряжени", "указ", "приказ"])

    /// Every number in `s` whose suffix does not fit the kind of act the phrase before it names.
    ///
    /// - Parameters:
    ///   - signs: offsets of every `№` and `N` in `s` (``Landmarks/numberSigns``): a phrase
    ///     needs one after it, so the scan stops at the last.
    ///   - russian: offsets where a citation the act extractor judged Russian starts (a phrase
    ///     there needs no `РФ` to be read as Russian).
    static func findings(_ s: [Unicode.Scalar], quotes: QuoteScan, signs: [Int], russian: Set<Int> = []) -> [Finding] {
        var out = [Finding]()
        var i = 0
        let last = signs.last ?? 0
        while i < last {
            // Only words that start like a trigger or `ФЗ` (`ф`, `п`, `о`, `р` in either case)
            // matter: the scan looks for those letters at a word's start, outside quotes and not
            // after a hyphen, and reads nothing else.
            guard Self.mayStartPhrase(s[i]), i == 0 || !(Scalars.isLetter(s[i - 1]) || s[i - 1] == "-"),
                  !quotes.isQuoted(i) else { i += 1; continue }
            var wordEnd = i + 1
            while wordEnd < s.count, Scalars.isLetter(s[wordEnd]) { wordEnd += 1 }
            defer { i = wordEnd }
            let abbreviation: Kind? = s[i..<wordEnd].elementsEqual(abbreviationFZ) ? .federalLaw
                : s[i..<wordEnd].elementsEqual(abbreviationFKZ) ? .federalConstitutionalLaw : nil
            let trigger = triggers.first { Scalars.hasPrefix($0, s, i..<wordEnd) }
            guard abbreviation != nil || trigger != nil else { continue }
            var end = phraseEnd(s, from: wordEnd)
            guard let kind = abbreviation ?? trigger.flatMap({ kind($0, s, i..<end, russian: russian.contains(i)) }) else { continue }
            var number = numberSpan(s, i..<end)
            if number == nil, end < s.count, let titleEnd = quotes.end(ofRegionAt: end) {
                // The title first (`Федеральный закон «…» от 27.07.2010 № 210`): the phrase goes on after it.
                end = phraseEnd(s, from: titleEnd)
                number = numberSpan(s, titleEnd..<end)
            }
            guard let number else { continue }
            let written = Scalars.string(s, number.start..<number.end)
            let suffix = written.split(maxSplits: 1, whereSeparator: { $0 == "-" || $0 == "–" || $0 == "—" })
                .dropFirst().first.map { $0.uppercased() } ?? ""
            guard !kind.fits(suffix) else { continue }
            let example = Scalars.leadingNumber(written).map { "\($0)\(kind.example)" } ?? "N\(kind.example)"
            out.append(Finding(span: number, message: "\(kind.name) № \(written): a Russian \(kind.name) is numbered like \(example)"))
        }
        return out
    }

    /// `true` for `ф`, `п`, `о`, `р` and their capitals: bits of a mask over `О` (U+041E) to `ф`
    /// (U+0444), so that any other scalar costs a subtraction and a compare or two.
    @inline(__always)
    private static func mayStartPhrase(_ c: Unicode.Scalar) -> Bool {
        let d = c.value &- 0x41E
        return d < 64 && phraseInitials >> UInt64(d) & 1 != 0
    }

    /// `О П Р Ф` (U+041E, 041F, 0420, 0424) and `о п р ф` (U+043E, 043F, 0440, 0444), less U+041E.
    private static let phraseInitials: UInt64 = 1 << 0 | 1 << 1 | 1 << 2 | 1 << 6 | 1 << 32 | 1 << 33 | 1 << 34 | 1 << 38

    /// The kind of act the phrase `range` (opened by `trigger`) names, if its number has a rule.
    private static func kind(_ trigger: [Unicode.Scalar], _ s: [Unicode.Scalar], _ range: Range<Int>, russian judged: Bool) -> Kind? {
        func has(_ prefix: [Unicode.Scalar]) -> Bool { Scalars.containsWord(prefix: prefix, in: s, range) }
        func hasAny(_ prefixes: [[Unicode.Scalar]]) -> Bool { prefixes.contains(where: has) }
        let russian = judged || hasAny(russia) || containsExact("РФ", s, range)
        if trigger == federal {
            guard has(law) else { return nil }
            return Scalars.containsWord(prefix: constitutional, in: s, range) ? .federalConstitutionalLaw : .federalLaw
        }
        guard russian, !hasAny(otherStates) else { return nil }
        let constitutionalCourt = (has(constitutional) && has(court)) || containsExact("КС", s, range)
        if trigger == resolution, constitutionalCourt, !has(plenum) { return .courtResolution }
        if trigger == ruling, constitutionalCourt { return .courtRuling }
        if trigger == order, has(government) { return .governmentOrder }
        return nil
    }

    /// The end of the phrase from `i`: its title, a `;`, a `//`, or the next citation's first word.
    private static func phraseEnd(_ s: [Unicode.Scalar], from i: Int) -> Int {
        var end = i
        while end < s.count, end - i < 240, s[end] != "«", s[end] != ";", s[end] != "\"", s[end] != "“" {
            if s[end] == "/", end + 1 < s.count, s[end + 1] == "/" { break }
            if Scalars.isLetter(s[end]), !Scalars.isLetter(s[end - 1]),
               starters.contains(where: { Scalars.containsWord(prefix: $0, in: s, end..<min(s.count, end + $0.count)) }) { break }
            end += 1
        }
        return end
    }

    /// `true` when `word` stands in `range` as a word of its own, exactly as written (`РФ`, `КС`).
    private static func containsExact(_ word: String, _ s: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        let w = Array(word.unicodeScalars)
        var from = range.lowerBound
        while let at = Scalars.find(w, in: s, from..<range.upperBound) {
            let before = at == 0 || !Scalars.isLetter(s[at - 1])
            let after = at + w.count >= s.count || !Scalars.isLetter(s[at + w.count])
            if before && after { return true }
            from = at + 1
        }
        return false
    }

    /// The number after `№` (or a Latin `N`) in `range`: digits, letters and hyphens.
    private static func numberSpan(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Span? {
        guard let sign = range.first(where: { s[$0] == "№" || (s[$0] == "N" && NumberSign.isSign(s, $0)) }) else { return nil }
        var start = sign + 1
        while start < range.upperBound, Scalars.isSpace(s[start]) { start += 1 }
        var end = start
        while end < s.count, Scalars.digit(s[end]) != nil || Scalars.isLetter(s[end]) || s[end] == "-" || s[end] == "–" || s[end] == "—" { end += 1 }
        return end > start ? Span(start: start, end: end) : nil
    }
}
