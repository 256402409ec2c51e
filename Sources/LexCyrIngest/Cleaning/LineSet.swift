/// A set of line indices (running heads, page numbers) as one flag per line: the cleaner asks
/// whether a line is in it on every pass over the lines.
struct LineSet: Sequence {
    private var flags: [Bool] = []
    /// Number of lines in the set.
    private(set) var count = 0

    /// Creates an empty set.
    init() {}

    /// `true` when no line is in the set.
    var isEmpty: Bool { count == 0 }

    /// `true` when line `k` is in the set.
    @inline(__always)
    func contains(_ k: Int) -> Bool {
        k >= 0 && k < flags.count && flags[k]
    }

    /// Adds line `k`.
    mutating func insert(_ k: Int) {
        if k >= flags.count { flags += [Bool](repeating: false, count: k + 1 - flags.count) }
        if !flags[k] {
            flags[k] = true
            count += 1
        }
    }

    /// Removes line `k`.
    mutating func remove(_ k: Int) {
        guard contains(k) else { return }
        flags[k] = false
        count -= 1
    }

    /// The lines in ascending order.
    func makeIterator() -> some IteratorProtocol<Int> {
        flags.indices.lazy.filter { flags[$0] }.makeIterator()
    }
}

/// A set of small non-negative numbers (footnote markers: one to three digits) as one flag per
/// number: the footnote scan asks for markers on every line, and hashing an `Int` costs more.
struct NumberSet {
    private var flags = [Bool](repeating: false, count: 1024)
    private var others = Set<Int>()

    /// `true` when `n` is in the set.
    @inline(__always)
    func contains(_ n: Int) -> Bool {
        n >= 0 && n < flags.count ? flags[n] : others.contains(n)
    }

    /// Adds `n`.
    mutating func insert(_ n: Int) {
        if n >= 0 && n < flags.count { flags[n] = true } else { others.insert(n) }
    }
}
