/// Where the source part of a citation begins — `// СПС «КонсультантПлюс»`, `URL: …`, a bare
/// link, `Собрание законодательства РФ. 2006. № 31` — so that the source's own numbers, dates
/// and quotes (`№ 31`, `«Әділет»`) are not taken for the act's.
enum SourceStart {
    /// Words that open a source when no `//` does (matched as written, outside quotes;
    /// `«Әділет»` starts with its own quote).
    private static let markers: [[Unicode.Scalar]] = [
        "//", "URL", "http", "www.", "Режим доступа", "[Электрон", "Собрание законодательства", "СЗ РФ", "Ведомости ",
        "Российская газета", "Казахстанская правда", "Егемен Қазақстан", "ИПС ", "СПС ", "«Әділет»", "Официальный интернет-портал",
    ].map { Array($0.unicodeScalars) }

    /// `true` for a scalar some marker starts with (kept in step with ``markers``).
    @inline(__always)
    private static func mayStart(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "/", "U", "h", "w", "Р", "[", "С", "В", "К", "Е", "И", "«", "О": true
        default: false
        }
    }

    /// The markers by their first scalar.
    private static let byFirst: [Unicode.Scalar: [[Unicode.Scalar]]] = Dictionary(grouping: markers) { $0[0] }

    /// The offset in `range` where the source starts, or `range.upperBound`.
    static func find(in s: [Unicode.Scalar], _ range: Range<Int>, quotes: QuoteScan) -> Int {
        // The quoted stretches are walked along with `i` (no search per candidate).
        let regions = quotes.regions
        var r = quotes.firstRegion(endingAfter: range.lowerBound)
        for i in range where mayStart(s[i]) {
            while r < regions.count, regions[r].upperBound <= i { r += 1 }
            guard s[i] == "«" || r == regions.count || regions[r].lowerBound > i, let candidates = byFirst[s[i]] else { continue }
            for m in candidates where i + m.count <= range.upperBound {
                var k = 1
                while k < m.count, s[i + k] == m[k] { k += 1 }
                if k == m.count { return i }
            }
        }
        return range.upperBound
    }
}
