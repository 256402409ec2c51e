/// Eight scalars at a time for ``CharacterRepair``: a chunk whose scalars are all kept as they
/// are, plainly NFC and no Latin letter (Cyrillic, spaces, digits and the ASCII signs before
/// `A`, line feeds) needs no look but at the letters at its ends.
enum KeptChunk {
    /// Eight scalar values.
    typealias Lanes = SIMD8<UInt32>

    /// `true` when every scalar of `v` is such a scalar.
    @inline(__always)
    static func isPlain(_ v: Lanes) -> Bool {
        let plain = within(v, 0x400, 0x483) | within(v, 0x48A, 0x530) | within(v, 0x20, 0x41) | within(v, 0x0A, 0x0B)
        return plain.wrappedSum() == 8
    }

    /// 1 in the lanes where `low <= v < high`, else 0 (from the signs of `v - high` and `v - low`;
    /// scalar values are below 2³¹).
    @inline(__always)
    private static func within(_ v: Lanes, _ low: UInt32, _ high: UInt32) -> Lanes {
        ((v &- Lanes(repeating: high)) & ~(v &- Lanes(repeating: low))) &>> 31
    }

    /// `true` when `v`, a scalar of a plain chunk, is a letter (a Cyrillic one: all but `҂`).
    @inline(__always)
    static func isLetter(_ v: UInt32) -> Bool {
        v &- 0x400 < 0x130 && v != 0x482
    }
}
