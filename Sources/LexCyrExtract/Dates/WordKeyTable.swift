/// A read-only table from ``WordKey`` to a value, probed on the key's own 64-bit hash.
///
/// A `Dictionary` or `Set` keyed by `WordKey` runs every look-up through the standard library's
/// seeded SipHash, which costs more than hashing the word did; the date parsers ask several
/// tables per token. Here a look-up is a multiply, a shift and (nearly always) one comparison:
/// open addressing with linear probing over at least twice as many slots as keys.
struct WordKeyTable<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
    private let keys: [UInt64]
    private let values: [Value?]
    /// Every key of the table.
    let allKeys: [WordKey]
    /// `64 - log2(slot count)`: the hash's top bits pick the slot.
    private let shift: UInt64

    /// A table of the pairs of `dictionary`.
    init(_ dictionary: [WordKey: Value]) {
        var bits: UInt64 = 3
        while 1 << bits < 2 * dictionary.count { bits += 1 }
        let size = 1 << Int(bits)
        var keys = [UInt64](repeating: 0, count: size)
        var values = [Value?](repeating: nil, count: size)
        for (key, value) in dictionary {
            var slot = Self.slot(key.value, shift: 64 - bits)
            while values[slot] != nil { slot = (slot + 1) & (size - 1) }
            keys[slot] = key.value
            values[slot] = value
        }
        self.keys = keys
        self.values = values
        self.shift = 64 - bits
        self.allKeys = Array(dictionary.keys)
    }

    init(dictionaryLiteral elements: (WordKey, Value)...) {
        self.init(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }

    /// The value of `key`, or `nil`.
    @inline(__always)
    subscript(key: WordKey) -> Value? {
        var slot = Self.slot(key.value, shift: shift)
        while let value = values[slot] {
            if keys[slot] == key.value { return value }
            slot = (slot + 1) & (keys.count - 1)
        }
        return nil
    }

    /// `true` when `key` is in the table.
    @inline(__always)
    func contains(_ key: WordKey) -> Bool { self[key] != nil }

    /// Fibonacci hashing: the top bits of the key times 2^64/φ.
    @inline(__always)
    private static func slot(_ value: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (value &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }
}

/// A read-only set of ``WordKey``s with the cheap look-up of ``WordKeyTable``.
struct WordKeySet: Sendable, ExpressibleByArrayLiteral {
    private let table: WordKeyTable<Bool>

    /// A set of `keys`.
    init(_ keys: some Sequence<WordKey>) {
        table = WordKeyTable(Dictionary(keys.map { ($0, true) }, uniquingKeysWith: { a, _ in a }))
    }

    init(arrayLiteral elements: WordKey...) { self.init(elements) }

    /// `true` when `key` is in the set.
    @inline(__always)
    func contains(_ key: WordKey) -> Bool { table.contains(key) }

    /// Every key of the set.
    var elements: [WordKey] { table.allKeys }
}
