import LexCyrCore

/// Finds date expressions and periods in Russian, Kazakh and English text and normalises them
/// to ISO 8601.
///
/// One pass over the unit's ICU tokens: ``DatePhraseParser`` reads a date at each number (or
/// month name, or Roman numeral), ``PeriodCombiner`` joins it with its neighbours into a period,
/// a list or a single date, and ``DateRoleClassifier`` says what it belongs to. Lookups are
/// dictionary probes on lowercased tokens next to numbers; there are no regular expressions.
///
/// ```swift
/// let unit = TextUnit("с 1993 по 1995 годы", tokenizer: try Tokenizer())
/// DateExtractor().extract(unit)   // value "1993", until "1995", precision .year, isPeriod true
/// ```
///
/// Conventions: decades and centuries carry their first year (`1990-е годы` → `1990`,
/// precision `decade`; `XX век` → `1900`, precision `century`); `с 2011 года` is a period open
/// at its end (value `2011`, no until); `до 2025 года` is the date `2025`; a quarter or half-year
/// is the period of its months (`III квартал 2021 г.` → `2021-07`/`2021-09`); a day without a year
/// takes the year of the date just before it (``YearFrame``); dates inside URLs are skipped.
public struct DateExtractor: Sendable {
    /// Creates an extractor.
    public init() {}

    /// Dates in `unit`, in order of appearance.
    public func extract(_ unit: TextUnit) -> [DateMention] {
        let tokens = DateTokens(unit)
        let parser = DatePhraseParser(tokens: tokens)
        let combiner = PeriodCombiner(tokens: tokens, parser: parser)
        let roles = DateRoleClassifier(tokens: tokens)
        let parts = YearPartReader(tokens: tokens, parser: parser)
        var frame = YearFrame(tokens: tokens, parser: parser)
        var out = [DateMention]()
        var i = 0
        // Only where a date may start (a match moves `i` past the tokens it covers).
        for start in DateStartFilter.positions(tokens) where start >= i {
            i = start
            var found: DateMatch?
            if parts.mayStart(at: i) { found = parts.match(at: i) }
            if found == nil, let piece = parser.piece(at: i) {
                found = combiner.match(piece) ?? frame.complete(piece)
            }
            guard let match = found else { continue }
            out.append(mention(match, role: roles.role(of: match), tokens: tokens))
            frame.note(match)
            i = max(i + 1, match.end)
        }
        return out
    }

    private func mention(_ m: DateMatch, role: DateMention.Role, tokens: DateTokens) -> DateMention {
        let start = tokens.start(m.first), end = tokens.end(m.end - 1)
        return DateMention(
            value: m.value?.iso, until: m.until?.iso,
            precision: (m.value ?? m.until)?.precision ?? .year, isPeriod: m.isPeriod,
            text: tokens.unit.string(start..<end), footnote: tokens.unit.footnote,
            start: start, end: end, role: role)
    }
}
