import LexCyrCore

/// A promise of the output contract that an input broke: the fuzzers stop on it as on a crash,
/// the regression tests fail on it.
public struct InvariantViolation: Error, CustomStringConvertible {
    /// What was wrong, with the offending values.
    public var description: String

    /// Creates a violation.
    public init(_ description: String) {
        self.description = description
    }
}

/// The output contract's promises, checked on every fuzz input.
public enum Invariants {
    /// Throws unless `condition` holds.
    public static func check(_ condition: Bool, _ what: @autoclosure () -> String) throws(InvariantViolation) {
        if !condition { throw InvariantViolation(what()) }
    }

    /// `start..<end` is a valid span of a text of `count` scalars.
    public static func span(_ start: Int, _ end: Int, count: Int, _ what: @autoclosure () -> String) throws(InvariantViolation) {
        try check(0 <= start && start <= end && end <= count, "\(what()): span \(start)..<\(end) outside 0..<\(count)")
    }

    /// A record's `text` is the slice of `scalars` its span points at.
    public static func record(_ text: String, _ start: Int, _ end: Int, in scalars: [Unicode.Scalar],
                       _ what: @autoclosure () -> String) throws(InvariantViolation) {
        try span(start, end, count: scalars.count, what())
        let slice = scalars[start..<end]
        try check(text.unicodeScalars.elementsEqual(slice),
                  "\(what()): text \"\(text)\" is not its span \(start)..<\(end): \"\(String(String.UnicodeScalarView(slice)))\"")
    }

    /// Every span of `document` (blocks, markers, acts, dates, powers, diagnostics, fixes) lies
    /// in the text it points into, and every record's text is its span's slice.
    public static func document(_ document: Document) throws(InvariantViolation) {
        let body = Array(document.text.unicodeScalars)
        var notes = [Int: [Unicode.Scalar]]()
        for f in document.footnotes {
            notes[f.id] = Array(f.text.unicodeScalars)
            if let m = f.marker { try span(m.start, m.end, count: body.count, "footnote \(f.id)'s marker") }
        }
        func text(_ footnote: Int?, _ what: String) throws(InvariantViolation) -> [Unicode.Scalar] {
            guard let footnote else { return body }
            guard let t = notes[footnote] else { throw InvariantViolation("\(what) points into footnote \(footnote), which the document lacks") }
            return t
        }
        for b in document.blocks { try span(b.start, b.end, count: body.count, "block") }
        for a in document.acts { try record(a.text, a.start, a.end, in: text(a.footnote, "an act"), "act") }
        for d in document.dates { try record(d.text, d.start, d.end, in: text(d.footnote, "a date"), "date") }
        for p in document.powers { try record(p.text, p.start, p.end, in: text(p.footnote, "a power"), "power") }
        for d in document.diagnostics {
            let n = try text(d.footnote, "diagnostic \(d.code)").count
            if let s = d.span { try span(s.start, s.end, count: n, "diagnostic \(d.code)") }
            if let f = d.fix { try span(f.span.start, f.span.end, count: n, "fix of \(d.code)") }
        }
    }
}
