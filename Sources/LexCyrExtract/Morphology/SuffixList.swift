/// A list of word endings, each with a value, grouped by their last scalar: asking which
/// ending a word has tests only the endings that end like the word, in list order.
///
/// ```swift
/// let adjective: SuffixList<Bool> = ["ого", "ому", "ых"]
/// adjective.matches("областных")   // true
/// ```
///
/// Replaces `endings.contains { word.hasSuffix($0) }` over long lists (participle and adjective
/// endings) in rules that test every word.
struct SuffixList<Value: Sendable>: Sendable {
    private struct Entry: Sendable {
        var suffix: Letters
        var value: Value
    }

    /// Entries by the low six bits of their last scalar, each bucket in list order.
    private let buckets: [[Entry]]

    /// The list of `(ending, value)` pairs, in order; endings must not be empty.
    init(_ pairs: [(Letters, Value)]) {
        var buckets = [[Entry]](repeating: [], count: 64)
        for (suffix, value) in pairs {
            precondition(!suffix.isEmpty, "SuffixList takes no empty ending")
            buckets[Self.bucket(suffix.scalars[suffix.count - 1])].append(Entry(suffix: suffix, value: value))
        }
        self.buckets = buckets
    }

    @inline(__always)
    private static func bucket(_ s: Unicode.Scalar) -> Int { Int(s.value & 63) }

    /// The value of the first ending in list order that `word` ends with and `accept` takes.
    func first(in word: Letters, where accept: (Letters) -> Bool = { _ in true }) -> Value? {
        guard let last = word.scalars.last else { return nil }
        for e in buckets[Self.bucket(last)] where word.hasSuffix(e.suffix) && accept(e.suffix) { return e.value }
        return nil
    }
}

extension SuffixList: ExpressibleByArrayLiteral where Value == Bool {
    /// The list of `endings`.
    init(_ endings: [Letters]) { self.init(endings.map { ($0, true) }) }

    init(arrayLiteral endings: Letters...) { self.init(endings) }

    /// Whether `word` ends with one of the endings (that `accept` takes).
    func matches(_ word: Letters, where accept: (Letters) -> Bool = { _ in true }) -> Bool {
        first(in: word, where: accept) != nil
    }
}
