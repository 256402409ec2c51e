/// A small, fast JSON writer that produces UTF-8 bytes with keys in the order written.
///
/// ```swift
/// var w = JSONWriter()
/// w.beginObject(); w.key("id"); w.int(7); w.endObject()
/// // {"id":7}
/// ```
public struct JSONWriter {
    /// The bytes written so far.
    public private(set) var bytes: [UInt8] = []
    private let pretty: Bool
    private var depth = 0
    private var hasItems: [Bool] = [false]
    private var keyPending = false

    /// Creates a writer; `pretty` indents with two spaces.
    public init(pretty: Bool = false) {
        self.pretty = pretty
        bytes.reserveCapacity(1 << 16)
    }

    private mutating func newline() {
        guard pretty else { return }
        bytes.append(0x0A)
        for _ in 0..<depth { bytes.append(0x20); bytes.append(0x20) }
    }

    /// Writes what must come before a value or a key: nothing after a key, else a comma and
    /// (when pretty) a new line.
    private mutating func prefix() {
        if keyPending { keyPending = false; return }
        if hasItems[hasItems.count - 1] { bytes.append(UInt8(ascii: ",")) }
        hasItems[hasItems.count - 1] = true
        if depth > 0 { newline() }
    }

    /// Writes an object key; the next call writes its value.
    public mutating func key(_ k: String) {
        prefix()
        writeString(k)
        bytes.append(UInt8(ascii: ":"))
        if pretty { bytes.append(0x20) }
        keyPending = true
    }

    /// Opens an object.
    public mutating func beginObject() { open(UInt8(ascii: "{")) }
    /// Opens an array.
    public mutating func beginArray() { open(UInt8(ascii: "[")) }
    /// Opens an object value for `key`.
    public mutating func beginObject(key k: String) { key(k); beginObject() }
    /// Opens an array value for `key`.
    public mutating func beginArray(key k: String) { key(k); beginArray() }
    /// Closes the innermost object.
    public mutating func endObject() { close(UInt8(ascii: "}")) }
    /// Closes the innermost array.
    public mutating func endArray() { close(UInt8(ascii: "]")) }

    private mutating func open(_ c: UInt8) {
        prefix()
        bytes.append(c)
        depth += 1
        hasItems.append(false)
    }

    private mutating func close(_ c: UInt8) {
        let had = hasItems.removeLast()
        depth -= 1
        if had { newline() }
        bytes.append(c)
    }

    /// Writes a string value.
    public mutating func string(_ s: String) { prefix(); writeString(s) }
    /// Writes an integer value.
    public mutating func int(_ v: Int) {
        prefix()
        if v < 0 { bytes.append(UInt8(ascii: "-")) }
        // Digits from the last, then turned around in place.
        let start = bytes.count
        var n = v.magnitude
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: n % 10))
            n /= 10
        } while n > 0
        bytes[start...].reverse()
    }
    /// Writes a number value (`null` when not finite).
    public mutating func double(_ v: Double) { prefix(); bytes.append(contentsOf: (v.isFinite ? String(v) : "null").utf8) }
    /// Writes a Boolean value.
    public mutating func bool(_ v: Bool) { prefix(); bytes.append(contentsOf: (v ? "true" : "false").utf8) }
    /// Writes `null`.
    public mutating func null() { prefix(); bytes.append(contentsOf: "null".utf8) }
    /// Writes a string or `null`.
    public mutating func string(_ s: String?) { if let s { string(s) } else { null() } }
    /// Writes an integer or `null`.
    public mutating func int(_ v: Int?) { if let v { int(v) } else { null() } }

    private static let hex = Array("0123456789abcdef".utf8)

    private mutating func writeString(_ s: String) {
        bytes.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { utf8 in
            // Bytes that need no escape are copied in runs.
            var run = 0
            var i = 0
            let raw = UnsafeRawBufferPointer(utf8)
            while i < utf8.count {
                // Eight bytes at a time while none is a control byte, `"` or `\\`.
                if i + 8 <= utf8.count, !Self.mayNeedEscape(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) {
                    i += 8
                    continue
                }
                let b = utf8[i]
                if b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<i]))
                    escape(b)
                    run = i + 1
                }
                i += 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// `true` when one of the eight bytes of `x` may be below 0x20, `"` or `\\` (the classic
    /// "has a zero byte" test on `x`, `x ^ "..."` and `x ^ "\\..."`; false positives only cost time).
    @inline(__always)
    private static func mayNeedEscape(_ x: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func hasZero(_ v: UInt64) -> Bool { (v &- ones) & ~v & highs != 0 }
        let below = (x &- 0x2020_2020_2020_2020) & ~x & highs != 0
        return below || hasZero(x ^ 0x2222_2222_2222_2222) || hasZero(x ^ 0x5C5C_5C5C_5C5C_5C5C)
    }

    private mutating func escape(_ b: UInt8) {
        switch b {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"):
            bytes.append(UInt8(ascii: "\\")); bytes.append(b)
        case 0x0A: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "t"))
        default:
            bytes.append(contentsOf: "\\u00".utf8)
            bytes.append(Self.hex[Int(b >> 4)])
            bytes.append(Self.hex[Int(b & 0xF)])
        }
    }
}
