/// UTF-16 copy of a run of Unicode scalars, with the map back to scalar offsets ICU needs.
struct UTF16Buffer {
    /// The UTF-16 code units.
    var units: [UInt16]
    /// `scalarIndex[u]` is the scalar offset of code unit `u` (only built when the text has
    /// scalars outside the BMP; otherwise unit and scalar offsets are the same).
    var scalarIndex: [Int32]?

    /// Fast path for arrays: one pass, no generic dispatch.
    init(_ scalars: [Unicode.Scalar]) {
        var hasAstral = false
        let units = [UInt16](unsafeUninitializedCapacity: scalars.count) { buffer, count in
            for (i, s) in scalars.enumerated() {
                if s.value >= 0x10000 { hasAstral = true; break }
                buffer[i] = UInt16(truncatingIfNeeded: s.value)
            }
            count = hasAstral ? 0 : scalars.count
        }
        if hasAstral {
            self.init(generic: scalars)
        } else {
            self.init(units: units, scalarIndex: nil)
        }
    }

    private init(units: [UInt16], scalarIndex: [Int32]?) {
        self.units = units
        self.scalarIndex = scalarIndex
    }

    init<C: Collection>(_ scalars: C) where C.Element == Unicode.Scalar {
        self.init(generic: scalars)
    }

    private init<C: Collection>(generic scalars: C) where C.Element == Unicode.Scalar {
        var units = [UInt16]()
        units.reserveCapacity(scalars.count)
        var index: [Int32]? = nil
        var i: Int32 = 0
        for s in scalars {
            if s.value < 0x10000 {
                units.append(UInt16(s.value))
                index?.append(i)
            } else {
                if index == nil { index = (0..<Int32(units.count)).map { $0 } }
                let v = s.value - 0x10000
                units.append(UInt16(0xD800 + (v >> 10)))
                units.append(UInt16(0xDC00 + (v & 0x3FF)))
                index!.append(i)
                index!.append(i)
            }
            i += 1
        }
        self.init(units: units, scalarIndex: index)
    }

    /// Scalar offset of code-unit offset `u` (which may equal `units.count`).
    func scalarOffset(_ u: Int) -> Int {
        guard let index = scalarIndex else { return u }
        if u >= index.count { return index.isEmpty ? 0 : Int(index[index.count - 1]) + 1 }
        return Int(index[u])
    }
}

/// Decodes UTF-16 code units into scalars (unpaired surrogates become U+FFFD).
func decodeUTF16<C: Collection>(_ units: C) -> [Unicode.Scalar] where C.Element == UInt16 {
    var out = [Unicode.Scalar]()
    out.reserveCapacity(units.count)
    var it = units.makeIterator()
    var codec = UTF16()
    loop: while true {
        switch codec.decode(&it) {
        case .scalarValue(let s): out.append(s)
        case .emptyInput: break loop
        case .error: out.append("\u{FFFD}")
        }
    }
    return out
}
