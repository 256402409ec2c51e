/// The paragraph (the text between line breaks) around a type word, cut to a reach before and
/// after it.
///
/// Its start is needed for every type word (to skip keyword lines); its end only as far as the
/// first, small parse window reaches (``end(from:stoppingAt:)``), and in full only when the
/// phrase runs on to that window's edge. Walking up to `after` scalars for every type word, only
/// to learn that the paragraph goes on past the window, was most of the cost.
struct ParagraphBounds {
    private let scalars: [Unicode.Scalar]
    private let before: Int
    private let after: Int

    /// Bounds over `scalars`, reaching at most `before` scalars back and `after` forward.
    init(_ scalars: [Unicode.Scalar], before: Int, after: Int) {
        self.scalars = scalars
        self.before = before
        self.after = after
    }

    /// Where the paragraph of `offset` starts: after the last line break before it, or `before`
    /// scalars back.
    func start(of offset: Int) -> Int {
        let s = scalars
        let lower = max(0, offset - before)
        var a = offset
        while a > lower, s[a - 1] != "\n" { a -= 1 }
        return a
    }

    /// Where the paragraph of `offset` ends (the next line break, or `after` scalars on), if that
    /// is before `stop`; else `stop`, meaning "at `stop` or later" (``end(from:resuming:)`` tells).
    func end(from offset: Int, stoppingAt stop: Int) -> Int {
        let s = scalars
        let limit = min(s.count, offset + after, stop)
        var b = offset
        while b < limit, s[b] != "\n" { b += 1 }
        return b
    }

    /// Where the paragraph of `offset` ends, going on from `known`, a result of
    /// ``end(from:stoppingAt:)`` for the same offset.
    func end(from offset: Int, resuming known: Int) -> Int {
        let s = scalars
        let limit = min(s.count, offset + after)
        var b = known
        while b < limit, s[b] != "\n" { b += 1 }
        return b
    }
}
