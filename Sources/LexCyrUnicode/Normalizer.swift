import CICU

/// Unicode normalisation and case mapping through ICU.
public enum Normalizer {
    /// Returns `scalars` in NFC. Returns the input unchanged when it is already NFC.
    public static func nfc(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        let buffer = UTF16Buffer(scalars)
        let isNFC = buffer.units.withUnsafeBufferPointer { lc_is_nfc($0.baseAddress, Int32($0.count)) }
        if isNFC == 1 { return scalars }
        guard let out = run(buffer.units, { src, n, dst, cap in lc_normalize_nfc(src, n, dst, cap) }) else { return scalars }
        return decodeUTF16(out)
    }

    /// Returns `true` when `scalars` is already in NFC.
    public static func isNFC(_ scalars: [Unicode.Scalar]) -> Bool {
        let buffer = UTF16Buffer(scalars)
        return buffer.units.withUnsafeBufferPointer { lc_is_nfc($0.baseAddress, Int32($0.count)) } == 1
    }

    /// Full Unicode case folding (for caseless comparison).
    public static func foldCase(_ string: String) -> String {
        let units = Array(string.utf16)
        guard let out = run(units, { src, n, dst, cap in lc_fold_case(src, n, dst, cap) }) else { return string }
        return String(decoding: out, as: UTF16.self)
    }

    /// Lower-cases `string` with the rules of `locale`.
    public static func lowercase(_ string: String, locale: String = "ru") -> String {
        let units = Array(string.utf16)
        guard let out = run(units, { src, n, dst, cap in lc_to_lower(locale, src, n, dst, cap) }) else { return string }
        return String(decoding: out, as: UTF16.self)
    }

    private static func run(_ units: [UInt16],
                            _ body: (UnsafePointer<UInt16>?, Int32, UnsafeMutablePointer<UInt16>?, Int32) -> Int32) -> [UInt16]? {
        var cap = units.count + units.count / 4 + 16
        for _ in 0..<3 {
            var out = [UInt16](repeating: 0, count: cap)
            let n = units.withUnsafeBufferPointer { src in
                out.withUnsafeMutableBufferPointer { dst in
                    body(src.baseAddress, Int32(src.count), dst.baseAddress, Int32(cap))
                }
            }
            if n >= 0 { return Array(out.prefix(Int(n))) }
            if n == -1 { return nil }
            cap = Int(-n - 2) + 1
        }
        return nil
    }
}
