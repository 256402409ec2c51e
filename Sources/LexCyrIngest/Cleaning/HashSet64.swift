/// A set of 64-bit word hashes (``FastCase`` hashes) in an open-addressing table.
///
/// The keys are hashes already, so hashing them again with the standard library's SipHash (what
/// `Set<UInt64>` does) only costs time: the cleaner looks words up tens of thousands of times
/// per document.
struct HashSet64 {
    /// Keys by slot; 0 marks an empty slot (the key 0 itself is kept in `hasZero`).
    private var slots: [UInt64]
    private var shift: UInt64
    private var hasZero = false
    /// Number of keys.
    private(set) var count = 0

    /// Creates an empty set with room for about `capacity` keys before it grows.
    init(capacity: Int = 8) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = [UInt64](repeating: 0, count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    /// Creates a set of `keys`.
    init<S: Sequence>(_ keys: S) where S.Element == UInt64 {
        self.init()
        for k in keys { insert(k) }
    }

    @inline(__always)
    private func slot(_ key: UInt64) -> Int {
        // Fibonacci hashing: the high bits of the product mix every bit of the key.
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// `true` when `key` is in the set.
    func contains(_ key: UInt64) -> Bool {
        if key == 0 { return hasZero }
        return slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var i = slot(key)
            while true {
                let k = slots[i]
                if k == key { return true }
                if k == 0 { return false }
                i = (i + 1) & mask
            }
        }
    }

    /// Inserts `key`; `true` when it was not there yet.
    @discardableResult
    mutating func insert(_ key: UInt64) -> Bool {
        if key == 0 {
            defer { hasZero = true }
            if !hasZero { count += 1 }
            return !hasZero
        }
        if (count + 1) * 2 > slots.count { grow() }
        let start = slot(key)
        let inserted = slots.withUnsafeMutableBufferPointer { slots -> Bool in
            let mask = slots.count - 1
            var i = start
            while true {
                let k = slots[i]
                if k == key { return false }
                if k == 0 {
                    slots[i] = key
                    return true
                }
                i = (i + 1) & mask
            }
        }
        if inserted { count += 1 }
        return inserted
    }

    private mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: 0, count: old.count * 2)
        shift -= 1
        let mask = slots.count - 1
        for key in old where key != 0 {
            var i = slot(key)
            while slots[i] != 0 { i = (i + 1) & mask }
            slots[i] = key
        }
    }
}
