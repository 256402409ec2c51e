/// Packs the first three lower-case scalars of a word (all of a shorter one) into one integer,
/// for set and dictionary look-ups without building strings. Keys of one, two and three
/// scalars never collide, as a scalar takes at most 21 bits.
enum ScalarKey {
    /// The key of `scalars` (lower-cased as they are read).
    @inline(__always)
    static func pack(_ scalars: some Collection<Unicode.Scalar>) -> UInt64 {
        var key: UInt64 = 0
        var n = 0
        for s in scalars {
            key = key << 21 | UInt64(ScalarCase.lower(s).value)
            n += 1
            if n == 3 { break }
        }
        return key
    }

    /// The key of the word `scalars[range]` (lower-cased as it is read).
    @inline(__always)
    static func pack(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> UInt64 {
        var key: UInt64 = 0
        for k in range.lowerBound..<min(range.upperBound, range.lowerBound + 3) {
            key = key << 21 | UInt64(ScalarCase.lower(scalars[k]).value)
        }
        return key
    }

    /// The key of a lower-case word.
    @inline(__always)
    static func key(_ word: Letters) -> UInt64 {
        var key: UInt64 = 0
        let s = word.scalars
        for k in 0..<min(s.count, 3) { key = key << 21 | UInt64(s[k].value) }
        return key
    }
}

/// A read-only map from ``ScalarKey`` keys to values, built once: open addressing over one
/// flat array with a multiplicative hash. A look-up costs a multiplication and a probe or two,
/// where `Dictionary` runs SipHash — and most look-ups, for words that start no pattern, miss.
struct ScalarKeyTable<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    /// Index into ``values`` for each slot, or -1 for an empty slot.
    private var slots: [Int32]
    private var values: [Value]
    private let shift: UInt64
    private let mask: Int

    /// A table holding `pairs` (each key once).
    init(_ pairs: [(UInt64, Value)]) {
        var bits: UInt64 = 4
        while (1 << bits) < pairs.count * 4 { bits += 1 }
        let size = 1 << Int(bits)
        keys = [UInt64](repeating: 0, count: size)
        slots = [Int32](repeating: -1, count: size)
        values = []
        values.reserveCapacity(pairs.count)
        shift = 64 - bits
        mask = size - 1
        for (key, value) in pairs {
            var i = slot(key)
            while slots[i] >= 0 {
                precondition(keys[i] != key, "duplicate key in ScalarKeyTable")
                i = (i + 1) & mask
            }
            keys[i] = key
            slots[i] = Int32(values.count)
            values.append(value)
        }
    }

    @inline(__always)
    private func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The value of `key`, if any.
    @inline(__always)
    subscript(key: UInt64) -> Value? {
        var i = slot(key)
        while true {
            let v = slots[i]
            if v < 0 { return nil }
            if keys[i] == key { return values[Int(v)] }
            i = (i + 1) & mask
        }
    }

    /// Whether `key` is in the table.
    @inline(__always)
    func contains(_ key: UInt64) -> Bool {
        var i = slot(key)
        while true {
            if slots[i] < 0 { return false }
            if keys[i] == key { return true }
            i = (i + 1) & mask
        }
    }
}
