/// 64-bit FNV-1a over the UTF-8 bytes of strings, case kept: the linker's tables are keyed by
/// these numbers instead of by `String`s (Swift hashes a `String` through Unicode normalisation;
/// the keys are built only to be compared). `add(add(seed, a), b)` is the hash of `a + b`, so a
/// key made of parts is hashed without joining them.
enum IDHash {
    /// The hash of the empty string.
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    /// `h` extended by the bytes of `s`.
    @inline(__always)
    static func add(_ h: UInt64, _ s: String) -> UInt64 {
        // The bytes in place (native and small strings): walking `utf8` by index costs far more.
        if let h = s.utf8.withContiguousStorageIfAvailable({ add(h, $0) }) { return h }
        var h = h
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    /// `h` extended by `bytes`.
    @inline(__always)
    static func add(_ h: UInt64, _ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = h
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    /// The hash of `s`.
    @inline(__always)
    static func of(_ s: String) -> UInt64 {
        add(seed, s)
    }
}
