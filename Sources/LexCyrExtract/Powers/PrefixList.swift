/// Word beginnings tested on sentence items (`принадлеж`, `закреп`): an item's look-up key
/// (its first three letters, see ``ScalarKey``) is compared before its letters, so most items
/// are rejected with one integer comparison per prefix.
///
/// ```swift
/// let keeps: PrefixList = ["закреп", "сохран"]
/// keeps.matches(item)   // item.lower starts with one of them
/// ```
struct PrefixList: Sendable, ExpressibleByArrayLiteral {
    private let prefixes: [Letters]
    /// ``ScalarKey`` of each prefix, or `nil` for a prefix shorter than three letters (whose
    /// key is not a word's).
    private let keys: [UInt64?]

    /// The list of `prefixes` (lower-case).
    init(_ prefixes: [Letters]) {
        self.prefixes = prefixes
        keys = prefixes.map { $0.count >= 3 ? ScalarKey.key($0) : nil }
    }

    init(arrayLiteral elements: Letters...) { self.init(elements) }

    /// Whether the word `item` starts with one of the prefixes.
    @inline(__always)
    func matches(_ item: PowerWord) -> Bool {
        for n in prefixes.indices {
            if let k = keys[n], k != item.key { continue }
            if item.lower.hasPrefix(prefixes[n]) { return true }
        }
        return false
    }
}
