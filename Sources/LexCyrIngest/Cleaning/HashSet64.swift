/// A set of 64-bit word hashes (``FastCase`` hashes) in an open-addressing table.
///
/// The keys are hashes already, so hashing them again with the standard library's SipHash (what
/// `Set<UInt64>` does) only costs time: the cleaner looks words up tens of thousands of times
/// per document. A class over raw memory, so that an insert is a few instructions (no
/// copy-on-write check); sets shared between threads (static tables) are never mutated.
final class HashSet64: @unchecked Sendable {
    /// Keys by slot; 0 marks an empty slot (the key 0 itself is kept in `hasZero`).
    private var slots: UnsafeMutablePointer<UInt64>
    private var capacity: Int
    private var shift: UInt64
    private var hasZero = false
    /// Number of keys.
    private(set) var count = 0

    /// Creates an empty set with room for about `capacity` keys before it grows.
    init(capacity keys: Int = 8) {
        var size = 16
        while size < keys * 2 { size *= 2 }
        capacity = size
        slots = .allocate(capacity: size)
        slots.initialize(repeating: 0, count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    /// Creates a set of `keys`.
    convenience init<S: Sequence>(_ keys: S) where S.Element == UInt64 {
        self.init()
        for k in keys { insert(k) }
    }

    deinit {
        slots.deallocate()
    }

    @inline(__always)
    private func slot(_ key: UInt64) -> Int {
        // Fibonacci hashing: the high bits of the product mix every bit of the key.
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// `true` when `key` is in the set.
    @inline(__always)
    func contains(_ key: UInt64) -> Bool {
        if key == 0 { return hasZero }
        let mask = capacity &- 1
        var i = slot(key)
        while true {
            let k = slots[i]
            if k == key { return true }
            if k == 0 { return false }
            i = (i &+ 1) & mask
        }
    }

    /// Inserts `key`; `true` when it was not there yet.
    @discardableResult @inline(__always)
    func insert(_ key: UInt64) -> Bool {
        if key == 0 {
            defer { hasZero = true }
            if !hasZero { count += 1 }
            return !hasZero
        }
        if (count &+ 1) &* 2 > capacity { grow() }
        let mask = capacity &- 1
        var i = slot(key)
        while true {
            let k = slots[i]
            if k == key { return false }
            if k == 0 {
                slots[i] = key
                count &+= 1
                return true
            }
            i = (i &+ 1) & mask
        }
    }

    private func grow() {
        let old = slots, oldCapacity = capacity
        capacity *= 2
        shift -= 1
        slots = .allocate(capacity: capacity)
        slots.initialize(repeating: 0, count: capacity)
        let mask = capacity - 1
        for k in 0..<oldCapacity where old[k] != 0 {
            var i = slot(old[k])
            while slots[i] != 0 { i = (i + 1) & mask }
            slots[i] = old[k]
        }
        old.deallocate()
    }
}
