extension String {
    /// The string of `scalars`, encoded straight into UTF-8 storage.
    ///
    /// `String(String.UnicodeScalarView(scalars))` and appending scalars one by one go through
    /// the standard library's unspecialised sequence code; this is several times faster, which
    /// matters where every paragraph and footnote of a document becomes a string.
    @inlinable
    public init<C: Collection>(scalars: C) where C.Element == Unicode.Scalar {
        var byteCount = 0
        for s in scalars {
            let v = s.value
            byteCount += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x1_0000 ? 3 : 4
        }
        self.init(unsafeUninitializedCapacity: byteCount) { buffer in
            var i = 0
            for s in scalars {
                let v = s.value
                if v < 0x80 {
                    buffer[i] = UInt8(truncatingIfNeeded: v)
                    i += 1
                } else if v < 0x800 {
                    buffer[i] = UInt8(truncatingIfNeeded: 0xC0 | v >> 6)
                    buffer[i + 1] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
                    i += 2
                } else if v < 0x1_0000 {
                    buffer[i] = UInt8(truncatingIfNeeded: 0xE0 | v >> 12)
                    buffer[i + 1] = UInt8(truncatingIfNeeded: 0x80 | v >> 6 & 0x3F)
                    buffer[i + 2] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
                    i += 3
                } else {
                    buffer[i] = UInt8(truncatingIfNeeded: 0xF0 | v >> 18)
                    buffer[i + 1] = UInt8(truncatingIfNeeded: 0x80 | v >> 12 & 0x3F)
                    buffer[i + 2] = UInt8(truncatingIfNeeded: 0x80 | v >> 6 & 0x3F)
                    buffer[i + 3] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
                    i += 4
                }
            }
            return i
        }
    }
}
