/// Where the scalars the checks start from stand in a text, found in one pass over it: the
/// quotation marks (``QuoteScan``), the number signs `№` and `N` (``InconsistentStyleCheck``),
/// the starts of digit runs (``DateScanner``), the line breaks (paragraphs of the body) and the
/// letters a link may start with (``Links``).
///
/// Every later scan visits these positions only, not every scalar: the pass here is the one
/// loop over every scalar the linter makes, and it passes a Cyrillic letter with one comparison.
struct Landmarks {
    /// Offsets of `"`, `«`, `»`, `“`, `”` and `„`, in order.
    private(set) var quoteMarks: [Int] = []
    /// Offsets of `№` and of a Latin capital `N`, in order.
    private(set) var numberSigns: [Int] = []
    /// Offsets of the first digit of every run of ASCII digits, in order.
    private(set) var digitRuns: [Int] = []
    /// Offsets of `\n`, in order.
    private(set) var lineBreaks: [Int] = []
    /// Offsets of `h` and `w`, where a link (`http…`, `www.…`) may start, in order.
    private(set) var linkStarts: [Int] = []

    /// Finds the landmarks of `s`.
    init(_ s: [Unicode.Scalar]) {
        // Room for what a page of legal text holds, to spare the first few regrowths.
        let room = max(16, s.count / 64)
        quoteMarks.reserveCapacity(room)
        numberSigns.reserveCapacity(room / 2)
        digitRuns.reserveCapacity(room)
        // Read through a buffer pointer: the loop is the linter's only pass over every scalar,
        // and without bounds checks a letter costs a load, a compare and a branch.
        s.withUnsafeBufferPointer { p in
            var i = 0
            let n = p.count
            while i < n {
                let v = p[i].value
                let at = i
                i += 1
                // Letters of every script up to the general punctuation, and the ASCII that is no
                // landmark (spaces, punctuation, the letters of a URL): nothing to note.
                if v &- 0x100 < 0x1F00 || (v < 0x80 && !Self.isASCIILandmark(v)) { continue }
                switch v {
                case 0x30...0x39: if at == 0 || p[at - 1].value &- 0x30 >= 10 { digitRuns.append(at) }
                case 0x0A: lineBreaks.append(at)
                case 0x22, 0xAB, 0xBB, 0x201C, 0x201D, 0x201E: quoteMarks.append(at)
                case 0x4E, 0x2116: numberSigns.append(at)
                case 0x68, 0x77: linkStarts.append(at)
                default: break
                }
            }
        }
    }

    /// `true` for the ASCII landmarks: `\n`, `"`, the digits, `N`, `h` and `w` (bits of two masks).
    @inline(__always)
    private static func isASCIILandmark(_ v: UInt32) -> Bool {
        let low: UInt64 = 1 << 0x0A | 1 << 0x22 | 0x3FF << 0x30
        let high: UInt64 = 1 << (0x4E - 64) | 1 << (0x68 - 64) | 1 << (0x77 - 64)
        return v < 64 ? low >> UInt64(v) & 1 != 0 : high >> UInt64(v - 64) & 1 != 0
    }

    /// Index of the first of the sorted `offsets` that is not before `i`.
    static func firstIndex(in offsets: [Int], notBefore i: Int) -> Int {
        var lo = 0, hi = offsets.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if offsets[mid] < i { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The paragraphs of a text of `count` scalars: the non-empty stretches between line breaks.
    func paragraphs(count: Int) -> [Range<Int>] {
        var out = [Range<Int>]()
        out.reserveCapacity(lineBreaks.count + 1)
        var start = 0
        for b in lineBreaks {
            if b > start { out.append(start..<b) }
            start = b + 1
        }
        if start < count { out.append(start..<count) }
        return out
    }
}
