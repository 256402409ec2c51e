import LexCyrUnicode

/// The tokens a date expression can start at, found with a look at each token's first scalars
/// (and its neighbour's) before any parser runs.
///
/// A date starts with a digit (`8 декабря`, `2023г`, `1-тоқсан`), a Roman numeral (`XX век`), an
/// English ordinal (`twentieth century`), a month name (`марте 2020`), a quarter code (`Q3`), a
/// word before a part of a year (`III квартал`, `втором полугодии`) or a quote before a day
/// (`«8» декабря`). The test passes every such token and few others — no word is hashed unless its
/// first two letters open a month name — so ``DatePhraseParser`` and ``YearPartReader`` run on a
/// few tokens in ten.
enum DateStartFilter {
    /// Positions in `tokens` where a date may start, in order.
    static func positions(_ tokens: DateTokens) -> [Int] {
        let s = tokens.unit.scalars
        let all = tokens.unit.tokens
        let kept = tokens.kept
        let months = MonthLexicon.Openings()
        var out = [Int]()
        out.reserveCapacity(kept.count / 8)
        for i in kept.indices {
            let t = all[kept[i]]
            let v = s[t.start].value
            let may: Bool
            if v &- 0x30 < 10 || (t.end - t.start == 2 && (v == 0x51 || v == 0x71)) {
                may = true   // numbers, numbers with letters glued on, `Q3`
            } else if t.kind == .word {
                may = DatePhraseParser.isRomanDigit(v) || DatePhraseParser.mayStartEnglishCentury(v) || months.mayName(s, t.start..<t.end)
                    || (i + 1 < kept.count && partFollows(all[kept[i + 1]], in: s))
            } else {
                may = DatePhraseParser.isOpeningQuote(v) && i + 1 < kept.count && all[kept[i + 1]].kind == .number
            }
            if may { out.append(i) }
        }
        return out
    }

    /// `true` when the token `next` may be a part of a year (`квартале`, `полугодия`).
    @inline(__always)
    private static func partFollows(_ next: Token, in s: [Unicode.Scalar]) -> Bool {
        next.kind == .word && YearPartReader.mayStartPart(s[next.start]) && YearPartReader.mayBePart(next, in: s)
    }
}
