/// Where the scalars the checks start from stand in a text, found in one pass over it: the
/// quotation marks (``QuoteScan``), the number signs `№` and `N` (``InconsistentStyleCheck``),
/// the starts of digit runs (``DateScanner``), the line breaks (paragraphs of the body) and the
/// letters a link may start with (``Links``).
///
/// Every later scan visits these positions only, not every scalar: the pass here is the one
/// per-scalar loop the linter makes over the body, and it rejects a Cyrillic letter with one
/// comparison.
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
        for i in s.indices {
            let v = s[i].value
            // Letters of every script up to the general punctuation, and the space: nothing to note.
            if v &- 0x100 < 0x1F00 || v == 0x20 { continue }
            switch v {
            case 0x30...0x39: if i == 0 || s[i - 1].value &- 0x30 >= 10 { digitRuns.append(i) }
            case 0x0A: lineBreaks.append(i)
            case 0x22, 0xAB, 0xBB, 0x201C, 0x201D, 0x201E: quoteMarks.append(i)
            case 0x4E, 0x2116: numberSigns.append(i)
            case 0x68, 0x77: linkStarts.append(i)
            default: break
            }
        }
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
