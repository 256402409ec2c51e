/// A small, fixed map from lower-case words (or endings) to values, for look-ups made on every
/// word: a cheap hash of the length and first and last scalars into a flat table, where
/// `[Letters: Value]` would run SipHash.
///
/// ```swift
/// let endings: LetterMap<CaseSet> = ["ом": .instrumental, "у": .dative]
/// endings["ом"]   // .instrumental
/// ```
struct LetterMap<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
    private let keys: [Letters]
    private let values: [Value]
    /// Index into ``keys`` plus one for each slot; 0 marks an empty slot.
    private let slots: [Int32]
    private let mask: Int

    /// The map of `pairs`; a key given twice keeps its first value.
    init(_ pairs: [(Letters, Value)]) {
        var keys = [Letters](), values = [Value]()
        for (k, v) in pairs where !keys.contains(k) {
            keys.append(k)
            values.append(v)
        }
        var size = 16
        while size < keys.count * 4 { size *= 2 }
        var slots = [Int32](repeating: 0, count: size)
        for (n, k) in keys.enumerated() {
            var i = Self.hash(k) & (size - 1)
            while slots[i] != 0 { i = (i + 1) & (size - 1) }
            slots[i] = Int32(n + 1)
        }
        (self.keys, self.values, self.slots, self.mask) = (keys, values, slots, size - 1)
    }

    init(dictionaryLiteral elements: (Letters, Value)...) { self.init(elements) }

    /// A hash of the length and the first two and last scalars.
    @inline(__always)
    static func hash(_ w: Letters) -> Int {
        let s = w.scalars
        var h = UInt64(truncatingIfNeeded: s.count) &* 0x9E37_79B9_7F4A_7C15
        guard let first = s.first, let last = s.last else { return Int(truncatingIfNeeded: h >> 40) }
        h = (h ^ UInt64(first.value)) &* 0xBF58_476D_1CE4_E5B9
        if s.count > 1 { h = (h ^ UInt64(s[1].value)) &* 0x94D0_49BB_1331_11EB }
        h = (h ^ UInt64(last.value)) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: h >> 40)
    }

    /// The value of `key`, if any.
    @inline(__always)
    subscript(key: Letters) -> Value? {
        var i = Self.hash(key) & mask
        while true {
            let n = Int(slots[i])
            if n == 0 { return nil }
            if keys[n - 1] == key { return values[n - 1] }
            i = (i + 1) & mask
        }
    }

    /// The keys, in the order given.
    var allKeys: [Letters] { keys }
}
