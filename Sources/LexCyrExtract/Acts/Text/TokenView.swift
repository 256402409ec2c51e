import LexCyrUnicode

/// Read-only helpers over a unit's scalars and ICU tokens, for the small readers of dates,
/// numbers and URLs.
struct TokenView {
    /// The text.
    let scalars: [Unicode.Scalar]
    /// ICU tokens tiling ``scalars``.
    let tokens: [Token]
    /// The classifier's form of each word token, once it has been asked for.
    let forms: TokenForms

    /// Creates a view of `unit`.
    init(_ unit: TextUnit) {
        scalars = unit.scalars
        tokens = unit.tokens
        forms = TokenForms(count: unit.tokens.count)
    }

    /// Index of the first token that starts at or after `offset`.
    func firstToken(atOrAfter offset: Int) -> Int {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// `true` when token `i` is white space only.
    @inline(__always)
    func isSpace(_ i: Int) -> Bool {
        let t = tokens[i]
        guard t.kind == .other else { return false }
        for k in t.start..<t.end where !Fold.isSpace(scalars[k]) { return false }
        return true
    }

    /// `true` when token `i` is white space that holds a line break.
    func isLineBreak(_ i: Int) -> Bool {
        let t = tokens[i]
        guard t.kind == .other else { return false }
        for k in t.start..<t.end where scalars[k] == "\n" { return true }
        return false
    }

    /// The single scalar of token `i`, if it is one punctuation or symbol scalar.
    func mark(_ i: Int) -> Unicode.Scalar? {
        let t = tokens[i]
        return t.kind == .other && t.end - t.start == 1 ? scalars[t.start] : nil
    }

    /// Token `i` lower-cased.
    func lower(_ i: Int) -> String {
        Fold.lowerString(scalars, tokens[i].start..<tokens[i].end)
    }

    /// Token `i` as written.
    func text(_ i: Int) -> String {
        Fold.string(scalars, tokens[i].start..<tokens[i].end)
    }

    /// The value of token `i` when it is ASCII digits only, with its digit count.
    func digits(_ i: Int) -> (value: Int, count: Int)? {
        let t = tokens[i]
        guard t.kind == .number, t.end - t.start <= 9 else { return nil }
        var v = 0
        for k in t.start..<t.end {
            guard let d = scalars[k].asciiDigitValue else { return nil }
            v = v &* 10 &+ d
        }
        return (v, t.end - t.start)
    }

    /// The next token after `i` when it is separated from `i` by at most one space token (no
    /// line break) — the way words of one phrase follow each other.
    func next(after i: Int, requireSpace: Bool = false) -> Int? {
        var j = i + 1
        guard j < tokens.count else { return nil }
        if isSpace(j) {
            if tokens[j].end - tokens[j].start > 3 { return nil }
            j += 1
        } else if requireSpace {
            return nil
        }
        return j < tokens.count ? j : nil
    }
}

extension Unicode.Scalar {
    /// The value of an ASCII digit, else `nil`.
    var asciiDigitValue: Int? {
        value >= 48 && value <= 57 ? Int(value - 48) : nil
    }
}
