import LexCyrCore

/// How the quotation marks of a text pair up: the quoted stretches (titles, names of amended
/// acts) and the marks that do not close or were never opened.
///
/// Guillemets `« »` nest; `„ “`, `“ ”` and straight `" "` pair inside them. A straight quote
/// opens after a space or an opening mark when a word follows, and closes after a word, which
/// tells `«О Президенте "О выборах"»` and `"О Законе "О выборах""` apart from a stray `"`.
struct QuoteScan {
    /// What is wrong with a quotation mark.
    enum Problem: Equatable {
        /// An opening mark that is never closed.
        case unclosed
        /// A closing mark with nothing open to close.
        case unopened
    }

    /// One unbalanced mark.
    struct Issue: Equatable {
        /// Offset of the mark.
        var offset: Int
        /// The mark itself.
        var mark: Unicode.Scalar
        /// What is wrong with it.
        var problem: Problem
    }

    /// Outermost quoted stretches, from the opening mark to one past the closing mark (to the
    /// end of the scanned range when the mark never closes). Sorted, not overlapping.
    private(set) var regions: [Range<Int>] = []
    /// Unbalanced marks in text order.
    private(set) var issues: [Issue] = []

    /// Scans `range` of `s`, whose quotation marks stand at `marks` (``Landmarks/quoteMarks``).
    init(_ s: [Unicode.Scalar], marks: [Int], range: Range<Int>) {
        self.init(s, marks: marks, ranges: [range])
    }

    /// Scans each of `ranges` (paragraphs, in order) on its own: quotes do not run from one to
    /// the next. The quotation marks of `s` stand at `marks`, in order.
    init(_ s: [Unicode.Scalar], marks: [Int], ranges: [Range<Int>]) {
        var k = 0
        for r in ranges {
            while k < marks.count, marks[k] < r.lowerBound { k += 1 }
            var end = k
            while end < marks.count, marks[end] < r.upperBound { end += 1 }
            if end > k { scan(s, r, marks: marks[k..<end]) }
            k = end
        }
    }

    /// Pairs the marks at `marks` (all in `range`).
    private mutating func scan(_ s: [Unicode.Scalar], _ range: Range<Int>, marks: ArraySlice<Int>) {
        var regions = [Range<Int>]()
        var issues = [Issue]()
        defer {
            self.regions += regions
            self.issues += issues
        }
        var stack = [(mark: Unicode.Scalar, offset: Int)]()
        var regionStart = 0
        func open(_ mark: Unicode.Scalar, _ i: Int) {
            if stack.isEmpty { regionStart = i }
            stack.append((mark, i))
        }
        func close(_ i: Int) {
            stack.removeLast()
            if stack.isEmpty { regions.append(regionStart..<(i + 1)) }
        }
        /// Closes the innermost mark among `openers`, reporting inner marks left open.
        func closeMatching(_ openers: Set<Unicode.Scalar>, _ mark: Unicode.Scalar, _ i: Int) {
            guard stack.contains(where: { openers.contains($0.mark) }) else {
                issues.append(Issue(offset: i, mark: mark, problem: .unopened))
                return
            }
            while let top = stack.last, !openers.contains(top.mark) {
                issues.append(Issue(offset: top.offset, mark: top.mark, problem: .unclosed))
                stack.removeLast()
            }
            close(i)
        }
        for i in marks {
            switch s[i] {
            case "«": open("«", i)
            case "»": closeMatching(Self.guillemet, "»", i)
            case "„": open("„", i)
            case "“":
                if stack.last?.mark == "„" { close(i) } else { open("“", i) }
            case "”":
                if let top = stack.last?.mark, top == "“" || top == "„" { close(i) }
                else { closeMatching(Self.curlyOpeners, "”", i) }
            case "\"":
                if Self.looksOpening(s, i, range) {
                    open("\"", i)   // `"О выборах` inside `"О Законе …`: a nested title, not the end of the outer one
                } else if stack.last?.mark == "\"" {
                    close(i)
                } else if Self.looksClosing(s, i, range) {
                    closeMatching(Self.straight, "\"", i)
                } else {
                    open("\"", i)
                }
            default: continue
            }
        }
        for (mark, offset) in stack { issues.append(Issue(offset: offset, mark: mark, problem: .unclosed)) }
        issues.sort { $0.offset < $1.offset }
        if let first = stack.first { regions.append(first.offset..<range.upperBound) }
    }

    /// The marks a closing mark may close (static: no set is built per mark).
    private static let guillemet: Set<Unicode.Scalar> = ["«"]
    private static let curlyOpeners: Set<Unicode.Scalar> = ["“", "„"]
    private static let straight: Set<Unicode.Scalar> = ["\""]

    /// `true` when offset `i` lies inside a quoted stretch.
    func isQuoted(_ i: Int) -> Bool {
        let lo = firstRegion(endingAfter: i)
        return lo < regions.count && regions[lo].contains(i)
    }

    /// Index of the first region that ends after offset `i` (`regions.count` if none does).
    func firstRegion(endingAfter i: Int) -> Int {
        var lo = 0, hi = regions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if regions[mid].upperBound <= i { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// One past the end of the quoted stretch that opens at `i`, if one does.
    func end(ofRegionAt i: Int) -> Int? {
        var lo = 0, hi = regions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if regions[mid].lowerBound < i { lo = mid + 1 } else { hi = mid }
        }
        return lo < regions.count && regions[lo].lowerBound == i ? regions[lo].upperBound : nil
    }

    /// A straight quote opens when it follows a space, an opening mark or the start, and a word follows it.
    private static func looksOpening(_ s: [Unicode.Scalar], _ i: Int, _ range: Range<Int>) -> Bool {
        guard i + 1 < range.upperBound, Scalars.isLetter(s[i + 1]) || Scalars.digit(s[i + 1]) != nil || s[i + 1] == "«" else { return false }
        guard i > range.lowerBound else { return true }
        let prev = s[i - 1]
        return Scalars.isSpace(prev) || prev == "(" || prev == "«" || prev == "\n"
    }

    /// A straight quote closes when it follows a word or a closing mark and no word follows it.
    private static func looksClosing(_ s: [Unicode.Scalar], _ i: Int, _ range: Range<Int>) -> Bool {
        guard i > range.lowerBound else { return false }
        let prev = s[i - 1]
        if Scalars.isSpace(prev) || prev == "(" || prev == "«" || prev == "\n" { return false }
        guard i + 1 < range.upperBound else { return true }
        let next = s[i + 1]
        return !(Scalars.isLetter(next) || Scalars.digit(next) != nil)
    }
}
