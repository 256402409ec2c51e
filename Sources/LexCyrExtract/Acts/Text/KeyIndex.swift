/// A map from 64-bit keys (word hashes, packed first letters) to small non-negative integers, in
/// an open-addressing table.
///
/// The keys are hashes or packed scalars already, so hashing them again with the standard
/// library's SipHash (what `Dictionary<UInt64, …>` and `Set<UInt64>` do) only costs time: the act
/// parsers look words up tens of thousands of times per document. A look-up here is one multiply
/// and, usually, one probe.
///
/// ```swift
/// var index = KeyIndex()
/// index[WordSet.hash("закон")] = 3
/// index[WordSet.hash("закон")]      // 3
/// ```
struct KeyIndex: Sendable {
    /// Keys by slot; `values[i] < 0` marks an empty slot.
    private var keys: [UInt64]
    private var values: [Int32]
    private var shift: UInt64
    /// Number of keys.
    private(set) var count = 0

    /// Creates an empty index with room for about `capacity` keys before it grows.
    init(capacity: Int = 8) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: -1, count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    /// Creates an index that maps each of `keys` to 0 (a set).
    init<S: Sequence>(set keys: S) where S.Element == UInt64 {
        self.init()
        for k in keys { self[k] = 0 }
    }

    @inline(__always)
    private func slot(_ key: UInt64) -> Int {
        // Fibonacci hashing: the high bits of the product mix every bit of the key.
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// `true` when `key` is in the index.
    @inline(__always)
    func contains(_ key: UInt64) -> Bool {
        self[key] != nil
    }

    /// The value of `key`; setting `nil` is not supported (entries are never removed).
    subscript(key: UInt64) -> Int? {
        @inline(__always) get {
            let mask = keys.count - 1
            var i = slot(key)
            while true {
                let v = values[i]
                if v < 0 { return nil }
                if keys[i] == key { return Int(v) }
                i = (i + 1) & mask
            }
        }
        set {
            guard let newValue else { preconditionFailure("KeyIndex entries cannot be removed") }
            if (count + 1) * 2 > keys.count { grow() }
            let mask = keys.count - 1
            var i = slot(key)
            while values[i] >= 0, keys[i] != key { i = (i + 1) & mask }
            if values[i] < 0 { count += 1 }
            keys[i] = key
            values[i] = Int32(newValue)
        }
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        values = Array(repeating: -1, count: oldKeys.count * 2)
        shift -= 1
        let mask = keys.count - 1
        for k in oldKeys.indices where oldValues[k] >= 0 {
            var i = slot(oldKeys[k])
            while values[i] >= 0 { i = (i + 1) & mask }
            keys[i] = oldKeys[k]
            values[i] = oldValues[k]
        }
    }
}
