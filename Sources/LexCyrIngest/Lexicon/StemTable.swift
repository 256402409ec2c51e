import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The stems of a Hunspell `.dic` file with their flag masks, in an open-addressing hash table
/// laid out exactly as it is stored on disk, so that a cached table is used straight from `mmap`.
///
/// Layout (native byte order): an 8-byte magic `LXCSTEM1`, the 64-bit fingerprint of the
/// dictionary files it was built from, the slot count (a power of two) and the entry count,
/// then one 16-byte slot per entry: the stem's ``StemHash`` (0 = empty) and its flag mask.
final class StemTable: @unchecked Sendable {
    private static let magic: UInt64 = 0x314D_4554_5343_584C   // "LXCSTEM1" read little-endian
    private static let headerSize = 32

    /// The whole table: header and slots.
    private let base: UnsafeRawPointer
    private let byteCount: Int
    /// `true` when `base` is a mapping of a cache file, `false` when it was allocated.
    private let mapped: Bool
    private let mask: Int

    /// The fingerprint stored in the header.
    var fingerprint: UInt64 { base.load(fromByteOffset: 8, as: UInt64.self) }
    /// Number of distinct stems.
    var count: Int { Int(base.load(fromByteOffset: 24, as: UInt64.self)) }

    private init(base: UnsafeRawPointer, byteCount: Int, mapped: Bool) {
        self.base = base
        self.byteCount = byteCount
        self.mapped = mapped
        self.mask = Int(base.load(fromByteOffset: 16, as: UInt64.self)) - 1
    }

    deinit {
        if mapped { munmap(UnsafeMutableRawPointer(mutating: base), byteCount) } else { base.deallocate() }
    }

    /// The flag mask of `stem`, or `nil` when it is no stem of the dictionary.
    func flags<C: Collection>(of stem: C) -> UInt64? where C.Element == Unicode.Scalar {
        let h = StemHash.hash(stem)
        let slots = base + Self.headerSize
        var i = Int(truncatingIfNeeded: h) & mask
        while true {
            let key = slots.load(fromByteOffset: i * 16, as: UInt64.self)
            if key == h { return slots.load(fromByteOffset: i * 16 + 8, as: UInt64.self) }
            if key == 0 { return nil }
            i = (i + 1) & mask
        }
    }

    /// Builds the table from the bytes of a `.dic` file, giving flags their bits in `flagBits`.
    /// `nil` for dictionary lines this format does not cover (escapes, morphological fields).
    static func build(dic: [UInt8], flagBits: [Unicode.Scalar: UInt64], fingerprint: UInt64) -> StemTable? {
        var bitOfByte = [UInt64](repeating: 0, count: 128)
        for (flag, bit) in flagBits where flag.value < 128 { bitOfByte[Int(flag.value)] = bit }
        var entries = [(hash: UInt64, flags: UInt64)]()
        entries.reserveCapacity(dic.count / 12)
        var start = dic.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var firstLine = true
        var word = [Unicode.Scalar]()
        while start < dic.count {
            var end = start
            while end < dic.count, dic[end] != 0x0A { end += 1 }
            defer { start = end + 1; firstLine = false }
            var lineEnd = end
            if lineEnd > start, dic[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            if firstLine || lineEnd == start { continue }      // the word count
            var slash = lineEnd
            for k in start..<lineEnd {
                let b = dic[k]
                if b == 0x5C || b == 0x09 || b == 0x20 { return nil }
                if b == 0x2F { slash = k; break }
            }
            word.removeAll(keepingCapacity: true)
            var decoder = UTF8()
            var it = dic[start..<slash].makeIterator()
            decode: while true {
                switch decoder.decode(&it) {
                case .scalarValue(let s): word.append(s)
                case .emptyInput: break decode
                case .error: return nil
                }
            }
            guard !word.isEmpty else { continue }
            var flags: UInt64 = 0
            if slash < lineEnd {
                for k in (slash + 1)..<lineEnd {
                    if dic[k] == 0x09 || dic[k] == 0x20 { return nil }
                    if dic[k] < 128 { flags |= bitOfByte[Int(dic[k])] }
                }
            }
            entries.append((StemHash.hash(word), flags))
        }
        var slotCount = 16
        while slotCount < entries.count * 2 { slotCount *= 2 }
        let size = headerSize + slotCount * 16
        let raw = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
        raw.initializeMemory(as: UInt8.self, repeating: 0, count: size)
        raw.storeBytes(of: magic, as: UInt64.self)
        raw.storeBytes(of: fingerprint, toByteOffset: 8, as: UInt64.self)
        raw.storeBytes(of: UInt64(slotCount), toByteOffset: 16, as: UInt64.self)
        let slots = raw + headerSize
        var distinct = 0
        for (h, f) in entries {
            var i = Int(truncatingIfNeeded: h) & (slotCount - 1)
            while true {
                let key = slots.load(fromByteOffset: i * 16, as: UInt64.self)
                if key == 0 {
                    slots.storeBytes(of: h, toByteOffset: i * 16, as: UInt64.self)
                    slots.storeBytes(of: f, toByteOffset: i * 16 + 8, as: UInt64.self)
                    distinct += 1
                    break
                }
                if key == h {
                    // Homonyms: Hunspell accepts a form if any entry of the stem has the flag.
                    let old = slots.load(fromByteOffset: i * 16 + 8, as: UInt64.self)
                    slots.storeBytes(of: old | f, toByteOffset: i * 16 + 8, as: UInt64.self)
                    break
                }
                i = (i + 1) & (slotCount - 1)
            }
        }
        raw.storeBytes(of: UInt64(distinct), toByteOffset: 24, as: UInt64.self)
        return StemTable(base: UnsafeRawPointer(raw), byteCount: size, mapped: false)
    }

    /// Maps the cache file at `path` if it holds a table built with `fingerprint`.
    static func map(path: String, fingerprint: UInt64) -> StemTable? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_size >= headerSize else { return nil }
        let size = Int(st.st_size)
        guard let p = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), p != MAP_FAILED else { return nil }
        let base = UnsafeRawPointer(p)
        let slotCount = Int(base.load(fromByteOffset: 16, as: UInt64.self))
        guard base.load(as: UInt64.self) == magic, base.load(fromByteOffset: 8, as: UInt64.self) == fingerprint,
              slotCount > 0, slotCount & (slotCount - 1) == 0, size == headerSize + slotCount * 16 else {
            munmap(p, size)
            return nil
        }
        return StemTable(base: base, byteCount: size, mapped: true)
    }

    /// Writes the table to `path` atomically (a temporary file in the same directory, then a
    /// rename), so that readers never see half a table. Returns `false` when it cannot.
    @discardableResult
    func save(to path: String) -> Bool {
        let temporary = "\(path).\(getpid()).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return false }
        var written = 0
        while written < byteCount {
            let n = write(fd, base + written, byteCount - written)
            if n <= 0 { break }
            written += n
        }
        let ok = written == byteCount && fsync(fd) == 0
        close(fd)
        guard ok, rename(temporary, path) == 0 else {
            unlink(temporary)
            return false
        }
        return true
    }
}
