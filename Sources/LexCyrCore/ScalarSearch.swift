extension UnsafeBufferPointer where Element == Unicode.Scalar {
    /// The offset of the first `scalar` in `range`, or `nil`.
    ///
    /// Line feeds and form feeds are sought over whole documents: the scan compares eight
    /// scalars at a time (SIMD), about one instruction per scalar.
    @inlinable
    public func firstIndex(of scalar: Unicode.Scalar, in range: Range<Int>) -> Int? {
        let end = Swift.min(range.upperBound, count)
        guard var i = Optional(range.lowerBound), i >= 0, i < end, let base = baseAddress else { return nil }
        let raw = UnsafeRawPointer(base)
        let needle = SIMD8<UInt32>(repeating: scalar.value)
        while end &- i >= 8 {
            let lanes = raw.loadUnaligned(fromByteOffset: i &* 4, as: SIMD8<UInt32>.self)
            if any(lanes .== needle) { break }
            i &+= 8
        }
        while i < end {
            if base[i] == scalar { return i }
            i &+= 1
        }
        return nil
    }
}
