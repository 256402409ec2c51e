import CICU
import LexCyrCore

/// Charset detection and conversion through ICU.
public enum Charset {
    /// A detected charset.
    public struct Detection: Sendable, Equatable {
        /// ICU's name for the charset (`UTF-8`, `windows-1251`, `KOI8-R`, ...).
        public var name: String
        /// ICU's confidence, 0–100.
        public var confidence: Int
    }

    /// Detects the charset of `bytes` with ICU's detector, or `nil` when nothing matched.
    public static func detect(_ bytes: [UInt8]) -> Detection? {
        var name = [CChar](repeating: 0, count: 64)
        var confidence: Int32 = 0
        let rc = bytes.withUnsafeBufferPointer { b in
            b.baseAddress!.withMemoryRebound(to: CChar.self, capacity: b.count) { p in
                lc_detect_charset(p, Int32(b.count), nil, &name, Int32(name.count), &confidence)
            }
        }
        guard rc == 0 else { return nil }
        let n = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return Detection(name: n, confidence: Int(confidence))
    }

    /// Converts `bytes` from `charset` to scalars. Returns the scalars and how many invalid
    /// sequences were replaced by U+FFFD. Throws ``LexCyrError/unknownEncoding(name:)``.
    public static func decode(_ bytes: [UInt8], charset: String) throws(LexCyrError) -> (scalars: [Unicode.Scalar], invalid: Int) {
        if bytes.isEmpty { return ([], 0) }
        var cap = bytes.count + 16
        for _ in 0..<3 {
            var out = [UInt16](repeating: 0, count: cap)
            var invalid: Int32 = 0
            let n = bytes.withUnsafeBufferPointer { b in
                b.baseAddress!.withMemoryRebound(to: CChar.self, capacity: b.count) { p in
                    lc_convert_to_utf16(charset, p, Int32(b.count), &out, Int32(cap), &invalid)
                }
            }
            if n >= 0 { return (decodeUTF16(out.prefix(Int(n))), Int(invalid)) }
            if n == -1 { throw .unknownEncoding(name: charset) }
            cap = Int(-n - 2) + 1
        }
        throw .unknownEncoding(name: charset)
    }
}
