/// Reads act numbers after `№`, `N` or `No.`: `148`, `2572-XII`, `51-VI ЗРК`, `8/187`, `152-ФЗ`,
/// `1-ФКЗ`, `9-П`, `123н`, `1662-р`.
enum NumberReader {
    /// A number found in the tokens.
    struct Match: Equatable {
        /// Where the number is written, without the sign (`416-V ЗРК`).
        var valueRange: Range<Int>

        /// The number as written in `v`, without the sign (`416-V ЗРК`).
        func value(in v: TokenView) -> String {
            Fold.string(v.scalars, valueRange)
        }
        /// The token of the sign (`№`).
        var first: Int
        /// One past the last token of the number.
        var end: Int
    }

    /// `true` when token `i` is a number sign: `№`, `N`, `No`, `Nо`.
    static func isSign(_ v: TokenView, _ i: Int) -> Bool {
        let t = v.tokens[i]
        if t.end - t.start == 1, v.scalars[t.start] == "№" { return true }
        guard t.kind == .word, t.end - t.start <= 2, v.scalars[t.start] == "N" else { return false }
        return t.end - t.start == 1 || v.scalars[t.start + 1] == "o" || v.scalars[t.start + 1] == "о"
    }

    /// The number whose sign is token `i`.
    static func read(_ v: TokenView, at i: Int) -> Match? {
        guard isSign(v, i) else { return nil }
        var j = i + 1
        if j < v.tokens.count, v.mark(j) == "." { j += 1 }
        if j < v.tokens.count, v.isSpace(j) {
            if v.isLineBreak(j) { return nil }
            j += 1
        }
        guard j < v.tokens.count, v.tokens[j].kind == .number || v.tokens[j].kind == .word else { return nil }
        let first = j
        var last = j
        var hasDigit = false
        while j < v.tokens.count {
            let t = v.tokens[j]
            if t.kind == .number || t.kind == .word {
                if t.kind == .number || v.scalars[t.start..<t.end].contains(where: { $0.asciiDigitValue != nil }) { hasDigit = true }
                last = j
                j += 1
            } else if let m = v.mark(j), m == "-" || m == "/" || m == "‑" || m == "." || m == "_",
                      j + 1 < v.tokens.count, v.tokens[j + 1].kind != .other {
                j += 1
            } else {
                break
            }
        }
        guard hasDigit else { return nil }
        // `№ ЕД-7-15/1177@` (Russian tax service numbers end with `@`).
        if last + 1 < v.tokens.count, v.mark(last + 1) == "@" { last += 1 }
        var end = last + 1
        if let s = v.next(after: last, requireSpace: true), ActLexicon.numberSuffixes.contains(v.text(s)) { end = s + 1 }
        return Match(valueRange: v.tokens[first].start..<v.tokens[end - 1].end, first: i, end: end)
    }
}
