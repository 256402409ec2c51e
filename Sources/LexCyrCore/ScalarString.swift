extension String {
    /// The string of `scalars`, encoded straight into UTF-8 storage.
    ///
    /// `String(String.UnicodeScalarView(scalars))` and appending scalars one by one go through
    /// the standard library's unspecialised sequence code; this is several times faster, which
    /// matters where every paragraph and footnote of a document becomes a string. Scalars always
    /// encode to valid UTF-8, so where the standard library has `UTF8Span` the bytes are handed
    /// over without being validated again (validation cost as much as the encoding).
    @inlinable
    public init<C: Collection>(scalars: C) where C.Element == Unicode.Scalar {
        self = scalars.withContiguousStorageIfAvailable { Self.fromScalars($0) } ?? Self.fromScalars(Array(scalars))
    }

    /// The string of contiguous `scalars` (see ``init(scalars:)``).
    @inlinable
    static func fromScalars(_ scalars: [Unicode.Scalar]) -> String {
        scalars.withUnsafeBufferPointer { fromScalars($0) }
    }

    /// The string of contiguous `scalars` (see ``init(scalars:)``).
    @inlinable
    static func fromScalars(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> String {
        if #available(macOS 26.0, iOS 26.0, watchOS 26.0, tvOS 26.0, visionOS 26.0, *) {
            // A buffer of our own, room for four bytes a scalar up to a million scalars (no
            // counting pass; it lives only while the string copies it), the exact size beyond:
            // `[UInt8](unsafeUninitializedCapacity:)` goes through the standard library's
            // unspecialised allocation, costlier than this. Not `withUnsafeTemporaryAllocation`:
            // a whole document on the stack overflows the small stacks of worker threads.
            let room = scalars.count <= 1 << 20 ? scalars.count &* 4 : utf8Count(scalars)
            let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: Swift.max(room, 1))
            defer { buffer.deallocate() }
            let written = encodeUTF8(scalars, into: buffer)
            let utf8 = UnsafeBufferPointer<UInt8>(rebasing: buffer[..<written]).span
            return String(copying: UTF8Span(unchecked: utf8, isKnownASCII: written == scalars.count))
        } else {
            return String(unsafeUninitializedCapacity: utf8Count(scalars)) { encodeUTF8(scalars, into: $0) }
        }
    }

    /// The number of UTF-8 bytes `scalars` encode to.
    @inlinable
    static func utf8Count(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> Int {
        var byteCount = 0
        for s in scalars {
            let v = s.value
            byteCount &+= 1 &+ (v >= 0x80 ? 1 : 0) &+ (v >= 0x800 ? 1 : 0) &+ (v >= 0x1_0000 ? 1 : 0)
        }
        return byteCount
    }

    /// Writes the UTF-8 of `scalars` into `buffer` (room for four bytes a scalar is always
    /// enough) and returns the byte count: the one UTF-8 encoder of the project.
    @inlinable
    public static func encodeUTF8(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
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

extension Array where Element == Unicode.Scalar {
    /// The Unicode scalars of `string`, decoded straight from its UTF-8 storage.
    ///
    /// `Array(string.unicodeScalars)` walks the string twice through the standard library's
    /// generic iterator (once to count, once to copy); this counts lead bytes and decodes in one
    /// tight loop each, several times faster on a whole document.
    @inlinable
    public init(unicodeScalarsOf string: String) {
        var string = string
        self = string.withUTF8 { utf8 in
            var count = 0
            for b in utf8 where b & 0xC0 != 0x80 { count += 1 }
            return [Unicode.Scalar](unsafeUninitializedCapacity: count) { out, written in
                var i = 0, k = 0
                let n = utf8.count
                while i < n {
                    let b0 = UInt32(utf8[i])
                    let v: UInt32
                    if b0 < 0x80 {
                        v = b0
                        i += 1
                    } else if b0 < 0xE0 {
                        v = (b0 & 0x1F) << 6 | UInt32(utf8[i + 1] & 0x3F)
                        i += 2
                    } else if b0 < 0xF0 {
                        v = (b0 & 0x0F) << 12 | UInt32(utf8[i + 1] & 0x3F) << 6 | UInt32(utf8[i + 2] & 0x3F)
                        i += 3
                    } else {
                        v = (b0 & 0x07) << 18 | UInt32(utf8[i + 1] & 0x3F) << 12 | UInt32(utf8[i + 2] & 0x3F) << 6
                            | UInt32(utf8[i + 3] & 0x3F)
                        i += 4
                    }
                    // A `String` holds valid UTF-8, so `v` is always a scalar.
                    out[k] = Unicode.Scalar(v) ?? "\u{FFFD}"
                    k += 1
                }
                written = k
            }
        }
    }
}
