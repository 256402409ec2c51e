/// Byte-string helpers for cutting markup into seeds (plain scans: seeds are made once).
enum Bytes {
    /// The first offset at or after `from` where `needle` occurs in `hay`.
    static func find(_ needle: String, in hay: [UInt8], from: Int = 0, to end: Int? = nil) -> Int? {
        let n = Array(needle.utf8), last = (end ?? hay.count) - n.count
        guard !n.isEmpty, from <= last else { return nil }
        for i in from...last where hay[i] == n[0] && hay[i..<(i + n.count)].elementsEqual(n) { return i }
        return nil
    }

    /// The last offset before `before` where `needle` starts.
    static func findLast(_ needle: String, in hay: [UInt8], before: Int) -> Int? {
        let n = Array(needle.utf8)
        var i = min(before, hay.count) - n.count
        while i >= 0 {
            if hay[i] == n[0] && hay[i..<(i + n.count)].elementsEqual(n) { return i }
            i -= 1
        }
        return nil
    }

    /// Every offset where one of `needles` starts, in order.
    static func all(_ needles: [String], in hay: [UInt8], from: Int = 0, to end: Int? = nil) -> [Int] {
        let ns = needles.map { Array($0.utf8) }
        var out = [Int]()
        var i = from
        let stop = end ?? hay.count
        while i < stop {
            if ns.contains(where: { i + $0.count <= stop && hay[i..<(i + $0.count)].elementsEqual($0) }) { out.append(i) }
            i += 1
        }
        return out
    }

    /// Lowercases ASCII letters (for case-blind tag search).
    static func lowerASCII(_ bytes: [UInt8]) -> [UInt8] {
        bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
    }

    /// `bytes` cut into pieces of at most `limit` bytes at line ends (a longer line is cut where
    /// a UTF-8 sequence starts).
    static func lineChunks(_ bytes: [UInt8], limit: Int) -> [[UInt8]] {
        var chunks = [[UInt8]](), current = [UInt8]()
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            end = min(end + 1, bytes.count)
            var line = bytes[start..<end]
            start = end
            if current.count + line.count > limit, !current.isEmpty { chunks.append(current); current = [] }
            while line.count > limit {
                var cut = line.startIndex + limit
                while cut > line.startIndex, line[cut] & 0xC0 == 0x80 { cut -= 1 }
                chunks.append(Array(line[..<cut]))
                line = line[cut...]
            }
            current += line
        }
        if !current.isEmpty { chunks.append(current) }
        return chunks
    }
}
