/// A small, fast JSON writer that produces UTF-8 bytes with keys in the order written.
///
/// ```swift
/// var w = JSONWriter()
/// w.beginObject(); w.key("id"); w.int(7); w.endObject()
/// // {"id":7}
/// ```
///
/// A writer is not copyable: it owns its buffer, so writes need no copy-on-write check.
public struct JSONWriter: ~Copyable {
    /// The bytes written so far.
    public var bytes: [UInt8] { buffer.array }
    private var buffer: ByteBuffer
    private let pretty: Bool
    private var depth = 0
    /// Whether each open object or array (innermost in bit 0) has an item already; levels past
    /// 63 are kept in `deeperHasItems`.
    private var hasItems: UInt64 = 0
    private var deeperHasItems: [Bool] = []
    private var keyPending = false

    /// Creates a writer; `pretty` indents with two spaces.
    public init(pretty: Bool = false) {
        self.init(pretty: pretty, capacity: 1 << 16)
    }

    /// Creates a writer with room for `capacity` bytes reserved up front (it grows as needed).
    public init(pretty: Bool, capacity: Int) {
        self.pretty = pretty
        buffer = ByteBuffer(capacity: capacity)
    }


    private mutating func newline() {
        guard pretty else { return }
        buffer.append(0x0A)
        for _ in 0..<depth { buffer.append(0x20); buffer.append(0x20) }
    }

    /// Writes what must come before a value or a key: nothing after a key, else a comma and
    /// (when pretty) a new line.
    @inline(__always)
    private mutating func prefix() {
        if keyPending { keyPending = false; return }
        if depth <= 63 {
            if hasItems & 1 != 0 { buffer.append(UInt8(ascii: ",")) }
            hasItems |= 1
        } else {
            if deeperHasItems[deeperHasItems.count - 1] { buffer.append(UInt8(ascii: ",")) }
            deeperHasItems[deeperHasItems.count - 1] = true
        }
        if depth > 0 && pretty { newline() }
    }

    /// Writes an object key given in the source (`w.key("text")`); the next call writes its value.
    ///
    /// Keys are static strings: their bytes are read in place, where a `String` as short as a
    /// key costs a copy of its inline bytes on every access.
    public mutating func key(_ k: StaticString) {
        prefix()
        // `"key":` written in one go; a key with a character to escape takes the general path.
        let n = k.utf8CodeUnitCount
        let source = k.utf8Start
        let place = buffer.reserve(n + 3)
        place[0] = UInt8(ascii: "\"")
        for j in 0..<n {
            let b = source[j]
            guard !Self.needsEscape(b) else {
                writeString(String(decoding: UnsafeBufferPointer(start: source, count: n), as: UTF8.self))
                endKey()
                return
            }
            place[1 + j] = b
        }
        place[n + 1] = UInt8(ascii: "\"")
        place[n + 2] = UInt8(ascii: ":")
        buffer.commit(n + 3)
        if pretty { buffer.append(0x20) }
        keyPending = true
    }

    /// `true` for a byte JSON strings escape: a control byte, `"` or `\\`.
    @inline(__always)
    private static func needsEscape(_ b: UInt8) -> Bool {
        b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\")
    }

    /// Writes an object key made at run time; the next call writes its value.
    public mutating func key(text k: String) {
        prefix()
        writeString(k)
        endKey()
    }

    private mutating func endKey() {
        buffer.append(UInt8(ascii: ":"))
        if pretty { buffer.append(0x20) }
        keyPending = true
    }

    /// Opens an object.
    public mutating func beginObject() { open(UInt8(ascii: "{")) }
    /// Opens an array.
    public mutating func beginArray() { open(UInt8(ascii: "[")) }
    /// Opens an object value for `key`.
    public mutating func beginObject(key k: StaticString) { key(k); beginObject() }
    /// Opens an array value for `key`.
    public mutating func beginArray(key k: StaticString) { key(k); beginArray() }
    /// Closes the innermost object.
    public mutating func endObject() { close(UInt8(ascii: "}")) }
    /// Closes the innermost array.
    public mutating func endArray() { close(UInt8(ascii: "]")) }

    private mutating func open(_ c: UInt8) {
        prefix()
        buffer.append(c)
        depth += 1
        if depth <= 63 {
            hasItems <<= 1
        } else {
            deeperHasItems.append(false)
        }
    }

    private mutating func close(_ c: UInt8) {
        let had: Bool
        if depth <= 63 {
            had = hasItems & 1 != 0
            hasItems >>= 1
        } else {
            had = deeperHasItems.removeLast()
        }
        depth -= 1
        if had { newline() }
        buffer.append(c)
    }

    /// Writes a string value.
    public mutating func string(_ s: String) { prefix(); writeString(s) }
    /// Writes an integer value.
    public mutating func int(_ v: Int) {
        prefix()
        let out = buffer
        if v < 0 { out.append(UInt8(ascii: "-")) }
        // Digits from the last, then turned around in place.
        let start = out.count
        var n = v.magnitude
        repeat {
            out.append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: n % 10))
            n /= 10
        } while n > 0
        out.reverseTail(from: start)
    }
    /// Writes a number value (`null` when not finite).
    public mutating func double(_ v: Double) { prefix(); raw(v.isFinite ? String(v) : "null") }
    /// Writes a Boolean value.
    public mutating func bool(_ v: Bool) { prefix(); raw(v ? "true" : "false") }
    /// Writes `null`.
    public mutating func null() { prefix(); raw("null") }
    /// Writes a string or `null`.
    public mutating func string(_ s: String?) { if let s { string(s) } else { null() } }
    /// Writes an integer or `null`.
    public mutating func int(_ v: Int?) { if let v { int(v) } else { null() } }

    private static let hex = Array("0123456789abcdef".utf8)

    /// Writes `text` as it is (a literal, a number).
    private mutating func raw(_ text: String) {
        let out = buffer
        Self.withUTF8(text) { out.append($0) }
    }

    /// Runs `body` on the UTF-8 of `s` without copying it: `String.withUTF8` copies a small
    /// (inline) string into a new allocation, and keys and most field values are small.
    @inline(__always)
    private static func withUTF8(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        if s.utf8.withContiguousStorageIfAvailable(body) == nil {
            var s = s
            s.withUTF8(body)
        }
    }

    private mutating func writeString(_ s: String) {
        let out = buffer
        out.append(UInt8(ascii: "\""))
        Self.withUTF8(s) { utf8 in
            // A short string (a code, a date, a name) byte by byte into its place.
            if utf8.count <= 32 {
                let place = out.reserve(utf8.count)
                for (j, b) in utf8.enumerated() {
                    guard !Self.needsEscape(b) else { break }
                    place[j] = b
                    if j == utf8.count - 1 {
                        out.commit(utf8.count)
                        return
                    }
                }
            }
            // Bytes that need no escape are copied in runs: the whole string, nearly always.
            var run = 0
            var i = 0
            let raw = UnsafeRawBufferPointer(utf8)
            while i < utf8.count {
                // Thirty-two, then eight bytes at a time while none is a control byte, `"` or `\\`.
                if i + 32 <= utf8.count,
                   !Self.mayNeedEscape(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self),
                                       raw.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self),
                                       raw.loadUnaligned(fromByteOffset: i + 16, as: UInt64.self),
                                       raw.loadUnaligned(fromByteOffset: i + 24, as: UInt64.self)) {
                    i += 32
                    continue
                }
                if i + 8 <= utf8.count, Self.escapeBits(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) == 0 {
                    i += 8
                    continue
                }
                let b = utf8[i]
                if b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") {
                    out.append(UnsafeBufferPointer(rebasing: utf8[run..<i]))
                    Self.escape(b, into: out)
                    run = i + 1
                }
                i += 1
            }
            out.append(UnsafeBufferPointer(rebasing: utf8[run...]))
        }
        out.append(UInt8(ascii: "\""))
    }

    /// Nonzero when one of the eight bytes of `x` may be below 0x20, `"` or `\\` (the classic
    /// "has a zero byte" test on `x`, `x ^ "..."` and `x ^ "\\..."`; false positives only cost time).
    @inline(__always)
    private static func escapeBits(_ x: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let quote = x ^ 0x2222_2222_2222_2222, backslash = x ^ 0x5C5C_5C5C_5C5C_5C5C
        let bits = (x &- 0x2020_2020_2020_2020) & ~x | (quote &- ones) & ~quote | (backslash &- ones) & ~backslash
        return bits & 0x8080_8080_8080_8080
    }

    /// `true` when one of the thirty-two bytes may need an escape (one branch for all four words).
    @inline(__always)
    private static func mayNeedEscape(_ a: UInt64, _ b: UInt64, _ c: UInt64, _ d: UInt64) -> Bool {
        escapeBits(a) | escapeBits(b) | escapeBits(c) | escapeBits(d) != 0
    }

    private static func escape(_ b: UInt8, into out: ByteBuffer) {
        switch b {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"):
            out.append(UInt8(ascii: "\\")); out.append(b)
        case 0x0A: out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "n"))
        case 0x0D: out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "r"))
        case 0x09: out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "t"))
        default:
            for c in "\\u00".utf8 { out.append(c) }
            out.append(hex[Int(b >> 4)])
            out.append(hex[Int(b & 0xF)])
        }
    }
}
