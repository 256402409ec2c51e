/// A word as an array of Unicode scalars: hashing, comparing and prefix tests work scalar by
/// scalar, without the normalisation and grapheme breaking that `String` does for Cyrillic.
///
/// ```swift
/// let w: Letters = "назначает"
/// w.hasPrefix("назнач")      // true
/// w.dropFirst(6)             // "ает"
/// ```
public struct Letters: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The scalars.
    public var scalars: [Unicode.Scalar]

    /// Wraps `scalars`.
    public init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }
    /// The scalars of `string`.
    public init(_ string: String) { self.scalars = Array(string.unicodeScalars) }
    public init(stringLiteral value: String) { self.init(value) }

    /// Number of scalars.
    public var count: Int { scalars.count }
    /// `true` when empty.
    public var isEmpty: Bool { scalars.isEmpty }
    /// `true` when the first scalar is ASCII (a Latin-script word).
    public var isLatin: Bool { scalars.first?.isASCII == true }

    /// Whether the word starts with `p`.
    public func hasPrefix(_ p: Letters) -> Bool {
        guard p.count <= count else { return false }
        for i in 0..<p.count where scalars[i] != p.scalars[i] { return false }
        return true
    }

    /// Whether the word ends with `s`.
    public func hasSuffix(_ s: Letters) -> Bool {
        guard s.count <= count else { return false }
        let offset = count - s.count
        for i in 0..<s.count where scalars[offset + i] != s.scalars[i] { return false }
        return true
    }

    /// Whether `part` occurs in the word.
    public func contains(_ part: Letters) -> Bool {
        guard part.count <= count else { return false }
        if part.isEmpty { return true }
        for start in 0...(count - part.count) {
            var i = 0
            while i < part.count, scalars[start + i] == part.scalars[i] { i += 1 }
            if i == part.count { return true }
        }
        return false
    }

    /// The word without its first `n` scalars.
    public func dropFirst(_ n: Int) -> Letters { Letters(Array(scalars.dropFirst(n))) }

    /// The first `n` scalars.
    public func prefix(_ n: Int) -> Letters { Letters(Array(scalars.prefix(n))) }

    public var description: String { String(String.UnicodeScalarView(scalars)) }

    /// Hashes the length and at most six scalars (the first four and the last two) in one
    /// 64-bit word pair, not every scalar: set and dictionary look-ups of words are hot, and
    /// equal words still hash equally.
    public func hash(into hasher: inout Hasher) {
        let n = scalars.count
        var a = UInt64(truncatingIfNeeded: n)
        var b: UInt64 = 0
        for i in 0..<min(n, 4) { a = a &* 0x1F3 &+ UInt64(scalars[i].value) }
        if n > 4 { b = UInt64(scalars[n - 1].value) << 21 | UInt64(scalars[n - 2].value) }
        hasher.combine(a)
        hasher.combine(b)
    }

    public static func == (l: Letters, r: Letters) -> Bool { l.scalars == r.scalars }
}
