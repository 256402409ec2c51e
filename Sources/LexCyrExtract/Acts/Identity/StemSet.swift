/// The content stems of a title or description as a sorted list of stem ids
/// (``WordClassifier/stemID(_:_:)``): comparing two titles' words is a merge of two short integer
/// lists, not a series of `String` hashes.
struct StemSet: Equatable, Sendable {
    /// Stem ids, ascending, each once.
    private(set) var ids: [Int] = []

    /// The set of `ids` (any order, repeats allowed).
    init<S: Sequence>(_ ids: S) where S.Element == Int {
        var sorted = ids.sorted()
        var last = -1
        sorted.removeAll { id in
            defer { last = id }
            return id == last
        }
        self.ids = sorted
    }

    /// The empty set.
    init() {}

    /// `true` when the set has no stem.
    var isEmpty: Bool { ids.isEmpty }

    /// `true` when every stem of this set is in `other`.
    func isSubset(of other: StemSet) -> Bool {
        guard ids.count <= other.ids.count else { return false }
        var j = 0
        for id in ids {
            while j < other.ids.count, other.ids[j] < id { j += 1 }
            guard j < other.ids.count, other.ids[j] == id else { return false }
            j += 1
        }
        return true
    }
}
