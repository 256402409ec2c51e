/// A set of ASCII scalars as a 128-bit mask: membership is a shift and a test, where a
/// `Set<Unicode.Scalar>` hashes every scalar it is asked about.
struct ASCIISet: Sendable {
    private var low: UInt64 = 0, high: UInt64 = 0

    /// The set of the ASCII scalars of `members` (others are ignored).
    init(_ members: String) {
        for c in members.unicodeScalars where c.value < 128 {
            if c.value < 64 { low |= 1 << UInt64(c.value) } else { high |= 1 << UInt64(c.value - 64) }
        }
    }

    /// `true` when `c` is in the set.
    @inline(__always)
    func contains(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 64 { return low >> UInt64(v) & 1 != 0 }
        return v < 128 && high >> UInt64(v &- 64) & 1 != 0
    }

    /// What URLs are written with: letters, digits and the signs of RFC 3986.
    static let url = ASCIISet("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'*+,;=%")
    /// What a URL broken over two lines may end its first line with.
    static let urlBreakEnds = ASCIISet("/._-#=?&%:")
}
