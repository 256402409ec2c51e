/// Small integers grouped by 64-bit keys, each group in ascending order: the indexes of
/// ``KnownActs``. Built once from (key, value) pairs by sorting them; a look-up is a binary
/// search, with no `Dictionary` of arrays to allocate.
struct GroupIndex {
    private var keys: [UInt64] = []
    private var values: [Int] = []

    /// The groups of `pairs`.
    init(_ pairs: [(key: UInt64, value: Int)]) {
        let sorted = pairs.sorted { ($0.key, $0.value) < ($1.key, $1.value) }
        keys = sorted.map(\.key)
        values = sorted.map(\.value)
    }

    /// The values of `key`, ascending.
    subscript(key: UInt64) -> ArraySlice<Int> {
        var lo = 0, hi = keys.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if keys[mid] < key { lo = mid + 1 } else { hi = mid }
        }
        var end = lo
        while end < keys.count, keys[end] == key { end += 1 }
        return values[lo..<end]
    }
}
