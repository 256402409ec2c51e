/// Word error rate: word-level edit distance divided by the reference length.
public enum WordErrorRate {
    /// Result of a comparison.
    public struct Result: Sendable {
        /// Substitutions, insertions and deletions.
        public var errors: Int
        /// Words in the reference.
        public var words: Int
        /// `errors / words` (0 for an empty reference and hypothesis).
        public var rate: Double { words == 0 ? (errors == 0 ? 0 : 1) : Double(errors) / Double(words) }
    }

    /// Compares whitespace-separated words of `hypothesis` with `reference`.
    public static func compute(hypothesis: String, reference: String) -> Result {
        let h = hypothesis.split(whereSeparator: \.isWhitespace)
        let r = reference.split(whereSeparator: \.isWhitespace)
        if r.isEmpty { return Result(errors: h.count, words: 0) }
        var prev = Array(0...h.count)
        var cur = [Int](repeating: 0, count: h.count + 1)
        for i in 1...r.count {
            cur[0] = i
            for j in stride(from: 1, through: h.count, by: 1) {
                let cost = r[i - 1] == h[j - 1] ? 0 : 1
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            }
            swap(&prev, &cur)
        }
        return Result(errors: prev[h.count], words: r.count)
    }
}
