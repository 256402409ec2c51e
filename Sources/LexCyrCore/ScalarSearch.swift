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

    /// The offset of the first scalar in `range` whose value lies in `values`, or `nil`
    /// (eight scalars at a time, like ``firstIndex(of:in:)``).
    @inlinable
    public func firstIndex(ofValuesIn values: ClosedRange<UInt32>, in range: Range<Int>) -> Int? {
        let end = Swift.min(range.upperBound, count)
        guard var i = Optional(range.lowerBound), i >= 0, i < end, let base = baseAddress else { return nil }
        let raw = UnsafeRawPointer(base)
        let low = values.lowerBound, span = values.upperBound &- values.lowerBound
        let lows = SIMD8<UInt32>(repeating: low), spans = SIMD8<UInt32>(repeating: span)
        while end &- i >= 8 {
            let lanes = raw.loadUnaligned(fromByteOffset: i &* 4, as: SIMD8<UInt32>.self)
            if any((lanes &- lows) .<= spans) { break }
            i &+= 8
        }
        while i < end {
            if base[i].value &- low <= span { return i }
            i &+= 1
        }
        return nil
    }
}
