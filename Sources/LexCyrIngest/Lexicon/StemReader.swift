/// Reads the stems of a Hunspell `.dic` file: one `word/FLAGS` per line after the line that
/// counts them.
enum StemReader {
    /// The ``StemHash`` and flag mask (bits from `flagBits`) of every stem, in file order; `nil`
    /// for lines this reader does not cover (escapes, morphological fields, invalid UTF-8).
    static func read(_ dic: [UInt8], flagBits: [Unicode.Scalar: UInt64]) -> [(hash: UInt64, flags: UInt64)]? {
        var bitOfByte = [UInt64](repeating: 0, count: 128)
        for (flag, bit) in flagBits where flag.value < 128 { bitOfByte[Int(flag.value)] = bit }
        var entries = [(hash: UInt64, flags: UInt64)]()
        entries.reserveCapacity(dic.count / 12)
        return dic.withUnsafeBufferPointer { b -> [(hash: UInt64, flags: UInt64)]? in
            var start = b.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            var firstLine = true
            while start < b.count {
                var end = start
                while end < b.count, b[end] != 0x0A { end += 1 }
                defer { start = end + 1; firstLine = false }
                var lineEnd = end
                if lineEnd > start, b[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                if firstLine || lineEnd == start { continue }      // the word count
                var slash = lineEnd
                for k in start..<lineEnd {
                    let c = b[k]
                    if c == 0x5C || c == 0x09 || c == 0x20 { return nil }
                    if c == 0x2F { slash = k; break }
                }
                guard let word = try? TextDecoder.strictUTF8(dic[start..<slash], path: "") else { return nil }
                guard !word.isEmpty else { continue }
                var flags: UInt64 = 0
                if slash < lineEnd {
                    for k in (slash + 1)..<lineEnd {
                        let c = b[k]
                        if c == 0x09 || c == 0x20 { return nil }
                        if c < 128 { flags |= bitOfByte[Int(c)] }
                    }
                }
                entries.append((StemHash.hash(word), flags))
            }
            return entries
        }
    }
}
