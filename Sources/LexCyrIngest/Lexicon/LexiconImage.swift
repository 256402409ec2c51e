import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A Hunspell dictionary compiled into one flat binary image — its stems with their flags and
/// its suffix rules — laid out exactly as it is stored on disk, so that a cached image is used
/// straight from `mmap`, with nothing to parse.
///
/// Layout (native byte order, every section 8-byte aligned):
///
/// | part | size | content |
/// | --- | --- | --- |
/// | header | 10 × 8 | magic `LXCLEXI3`, fingerprint of the source files, stem slots, stems, affix slots, rules, pool length, mask of affix lengths, 0, total size |
/// | stems | slots × 16 | ``StemHash`` of a stem (0 = empty slot), its flag mask |
/// | affixes | slots × 16 | ``StemHash`` of an affix, index of its first rule (`UInt32`), number of rules (`UInt32`) |
/// | rules | rules × 32 | flag bit, then start and length in the pool of strip, affix and condition; sorted by affix, then strip |
/// | pool | `UInt32`s | scalars; a condition is a run of (kind, start, length) triples, kind 0 = one of, 1 = none of, 2 = any |
final class LexiconImage: @unchecked Sendable {
    private static let magic: UInt64 = 0x3349_5845_4C43_584C   // "LXCLEXI3" read little-endian
    private static let headerWords = 10

    private let base: UnsafeRawPointer
    private let byteCount: Int
    private let mapped: Bool
    private let stemMask: Int, affixMask: Int
    private let affixes: UnsafeRawPointer, rules: UnsafeRawPointer
    private let pool: UnsafePointer<UInt32>
    private let affixLengths: UInt64

    private init(base: UnsafeRawPointer, byteCount: Int, mapped: Bool) {
        self.base = base
        self.byteCount = byteCount
        self.mapped = mapped
        let header = Self.header(base)
        stemMask = header.stemSlots - 1
        affixMask = header.affixSlots - 1
        affixes = base + Self.headerWords * 8 + header.stemSlots * 16
        rules = affixes + header.affixSlots * 16
        pool = (rules + header.rules * 32).assumingMemoryBound(to: UInt32.self)
        affixLengths = base.load(fromByteOffset: 7 * 8, as: UInt64.self)
    }

    deinit {
        if mapped { munmap(UnsafeMutableRawPointer(mutating: base), byteCount) } else { base.deallocate() }
    }

    private static func header(_ base: UnsafeRawPointer) -> (stemSlots: Int, affixSlots: Int, rules: Int, pool: Int, size: Int) {
        func word(_ k: Int) -> Int { Int(truncatingIfNeeded: base.load(fromByteOffset: k * 8, as: UInt64.self)) }
        return (word(2), word(4), word(5), word(6), word(9))
    }

    private static func size(stemSlots: Int, affixSlots: Int, rules: Int, pool: Int) -> Int {
        headerWords * 8 + stemSlots * 16 + affixSlots * 16 + rules * 32 + pool * 4
    }

    // MARK: Lookup

    /// `true` when `word` is a stem, or a stem with one suffix rule applied whose flag the stem
    /// carries and whose condition its end meets — Hunspell's test for these dictionaries.
    func knows(_ word: [Unicode.Scalar]) -> Bool {
        word.withUnsafeBufferPointer { w in
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: w.count + 1) { prefix in
                knows(w, prefix: prefix)
            }
        }
    }

    /// ``knows(_:)`` with room for the hash states of the word's prefixes: the hash of a
    /// candidate stem (a prefix and a rule's strip) goes on from its prefix's state.
    private func knows(_ w: UnsafeBufferPointer<Unicode.Scalar>, prefix: UnsafeMutableBufferPointer<UInt64>) -> Bool {
        let n = w.count
        prefix[0] = StemHash.seed
        for k in 0..<n { prefix[k + 1] = StemHash.step(prefix[k], w[k].value) }
        if flags(of: StemHash.finish(prefix[n])) != nil { return true }
        var lengths = affixLengths
        while lengths != 0 {
            let length = lengths.trailingZeroBitCount
            lengths &= lengths - 1
            // The stem keeps at least one letter of the word.
            guard length < n else { break }
            let cut = n - length
            var h = StemHash.seed
            for k in cut..<n { h = StemHash.step(h, w[k].value) }
            guard let (first, count) = rulesOf(affix: StemHash.finish(h)) else { continue }
            // Rules of one affix come sorted by strip: the stem of each strip is looked up once.
            var strip: UnsafeBufferPointer<UInt32>? = nil
            var stemFlags: UInt64? = nil
            for r in first..<(first + count) {
                let rule = rules + r * 32
                let affix = scalars(rule, 2)
                guard affix.count == length, (0..<length).allSatisfy({ affix[$0] == w[cut + $0].value }) else { continue }
                let ruleStrip = scalars(rule, 1)
                if strip == nil || !Self.same(ruleStrip, strip!) {
                    strip = ruleStrip
                    var s = prefix[cut]
                    for v in ruleStrip { s = StemHash.step(s, v) }
                    stemFlags = flags(of: StemHash.finish(s))
                }
                guard let f = stemFlags, f & rule.load(as: UInt64.self) != 0, meets(rule, w[..<cut], ruleStrip) else { continue }
                return true
            }
        }
        return false
    }

    /// `true` when two runs of the pool hold the same scalars.
    @inline(__always)
    private static func same(_ a: UnsafeBufferPointer<UInt32>, _ b: UnsafeBufferPointer<UInt32>) -> Bool {
        guard a.count == b.count else { return false }
        if a.baseAddress == b.baseAddress { return true }
        for k in 0..<a.count where a[k] != b[k] { return false }
        return true
    }

    /// The flag mask of the stem whose ``StemHash`` is `h`, or `nil` when it is no stem of the
    /// dictionary.
    private func flags(of h: UInt64) -> UInt64? {
        let slots = base + Self.headerWords * 8
        var i = Int(truncatingIfNeeded: h) & stemMask
        while true {
            let key = slots.load(fromByteOffset: i * 16, as: UInt64.self)
            if key == h { return slots.load(fromByteOffset: i * 16 + 8, as: UInt64.self) }
            if key == 0 { return nil }
            i = (i + 1) & stemMask
        }
    }

    private func rulesOf(affix h: UInt64) -> (Int, Int)? {
        var i = Int(truncatingIfNeeded: h) & affixMask
        while true {
            let key = affixes.load(fromByteOffset: i * 16, as: UInt64.self)
            if key == h {
                return (Int(affixes.load(fromByteOffset: i * 16 + 8, as: UInt32.self)),
                        Int(affixes.load(fromByteOffset: i * 16 + 12, as: UInt32.self)))
            }
            if key == 0 { return nil }
            i = (i + 1) & affixMask
        }
    }

    /// Field `k` (1 strip, 2 affix, 3 condition) of a rule: its run in the pool.
    private func scalars(_ rule: UnsafeRawPointer, _ k: Int) -> UnsafeBufferPointer<UInt32> {
        let start = Int(rule.load(fromByteOffset: k * 8, as: UInt32.self))
        let count = Int(rule.load(fromByteOffset: k * 8 + 4, as: UInt32.self))
        return UnsafeBufferPointer(start: pool + start, count: count)
    }

    /// `true` when the end of the stem `head` + `strip` meets the rule's condition.
    private func meets(_ rule: UnsafeRawPointer, _ head: Slice<UnsafeBufferPointer<Unicode.Scalar>>,
                       _ strip: UnsafeBufferPointer<UInt32>) -> Bool {
        let condition = scalars(rule, 3)
        let positions = condition.count / 3
        let length = head.count + strip.count
        guard length >= positions else { return false }
        let start = length - positions
        for k in 0..<positions {
            let kind = condition[3 * k]
            if kind == 2 { continue }
            let i = start + k
            let v = i < head.count ? head[head.startIndex + i].value : strip[i - head.count]
            let set = UnsafeBufferPointer(start: pool + Int(condition[3 * k + 1]), count: Int(condition[3 * k + 2]))
            if set.contains(v) != (kind == 0) { return false }
        }
        return true
    }

    // MARK: Building and caching

    /// Compiles the rules of an affix file and the stems of a `.dic` file. `nil` for
    /// dictionary lines this format does not cover (escapes, morphological fields).
    static func build(rules affix: AffixRules, dic: [UInt8], fingerprint: UInt64) -> LexiconImage? {
        guard let stems = StemReader.read(dic, flagBits: affix.flagBits) else { return nil }
        // Rules grouped by affix, and the pool of their scalars and conditions.
        // Grouped by affix, and by strip within a group (see ``knows(_:)``).
        let sorted = affix.rules.enumerated().sorted {
            let a = StemHash.hash($0.element.affix), b = StemHash.hash($1.element.affix)
            if a != b { return a < b }
            let x = $0.element.strip.map(\.value), y = $1.element.strip.map(\.value)
            if x != y { return x.lexicographicallyPrecedes(y) }
            return $0.offset < $1.offset
        }.map(\.element)
        var pool = [UInt32]()
        var ruleWords = [(UInt64, [UInt32])]()
        var lengthMask: UInt64 = 0
        for rule in sorted {
            guard rule.affix.count < 64 else { return nil }
            lengthMask |= 1 << UInt64(rule.affix.count)
            var fields = [UInt32]()
            for run in [rule.strip, rule.affix] {
                fields += [UInt32(pool.count), UInt32(run.count)]
                pool += run.map(\.value)
            }
            var triples = [UInt32]()
            for c in rule.condition {
                triples += [c.any ? 2 : c.negated ? 1 : 0, UInt32(pool.count), UInt32(c.scalars.count)]
                pool += c.scalars.map(\.value)
            }
            fields += [UInt32(pool.count), UInt32(triples.count)]
            pool += triples
            ruleWords.append((rule.flagBit, fields))
        }
        let groups = Dictionary(grouping: sorted.indices) { StemHash.hash(sorted[$0].affix) }
        let stemSlots = tableSize(stems.count), affixSlots = tableSize(groups.count)
        let size = size(stemSlots: stemSlots, affixSlots: affixSlots, rules: ruleWords.count, pool: pool.count)
        let raw = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
        raw.initializeMemory(as: UInt8.self, repeating: 0, count: size)
        for (k, value) in [magic, fingerprint, UInt64(stemSlots), 0, UInt64(affixSlots), UInt64(ruleWords.count),
                           UInt64(pool.count), lengthMask, 0, UInt64(size)].enumerated() {
            raw.storeBytes(of: value, toByteOffset: k * 8, as: UInt64.self)
        }
        let stemTable = raw + headerWords * 8
        var distinct = 0
        for (h, f) in stems {
            let i = probe(stemTable, h, mask: stemSlots - 1)
            let old = stemTable.load(fromByteOffset: i * 16 + 8, as: UInt64.self)
            if stemTable.load(fromByteOffset: i * 16, as: UInt64.self) == 0 { distinct += 1 }
            stemTable.storeBytes(of: h, toByteOffset: i * 16, as: UInt64.self)
            // Homonyms: Hunspell accepts a form if any entry of the stem has the flag.
            stemTable.storeBytes(of: old | f, toByteOffset: i * 16 + 8, as: UInt64.self)
        }
        raw.storeBytes(of: UInt64(distinct), toByteOffset: 3 * 8, as: UInt64.self)
        let affixTable = stemTable + stemSlots * 16
        for (h, indices) in groups {
            let i = probe(affixTable, h, mask: affixSlots - 1)
            affixTable.storeBytes(of: h, toByteOffset: i * 16, as: UInt64.self)
            affixTable.storeBytes(of: UInt32(indices.min()!), toByteOffset: i * 16 + 8, as: UInt32.self)
            affixTable.storeBytes(of: UInt32(indices.count), toByteOffset: i * 16 + 12, as: UInt32.self)
        }
        let ruleTable = affixTable + affixSlots * 16
        for (r, (bit, fields)) in ruleWords.enumerated() {
            ruleTable.storeBytes(of: bit, toByteOffset: r * 32, as: UInt64.self)
            for (k, v) in fields.enumerated() { ruleTable.storeBytes(of: v, toByteOffset: r * 32 + 8 + k * 4, as: UInt32.self) }
        }
        let poolStart = ruleTable + ruleWords.count * 32
        for (k, v) in pool.enumerated() { poolStart.storeBytes(of: v, toByteOffset: k * 4, as: UInt32.self) }
        return LexiconImage(base: UnsafeRawPointer(raw), byteCount: size, mapped: false)
    }

    /// A power of two at least twice `count`.
    private static func tableSize(_ count: Int) -> Int {
        var n = 16
        while n < count * 2 { n *= 2 }
        return n
    }

    /// The slot of key `h` in a table of 16-byte slots: its own, or the empty one it goes to.
    private static func probe(_ table: UnsafeMutableRawPointer, _ h: UInt64, mask: Int) -> Int {
        var i = Int(truncatingIfNeeded: h) & mask
        while true {
            let key = table.load(fromByteOffset: i * 16, as: UInt64.self)
            if key == 0 || key == h { return i }
            i = (i + 1) & mask
        }
    }

    /// Maps the cache file at `path` if it holds an image built with `fingerprint`.
    static func map(path: String, fingerprint: UInt64) -> LexiconImage? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_size >= headerWords * 8 else { return nil }
        let size = Int(st.st_size)
        guard let p = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), p != MAP_FAILED else { return nil }
        let base = UnsafeRawPointer(p)
        let h = header(base)
        let powersOfTwo = h.stemSlots > 0 && h.stemSlots & (h.stemSlots - 1) == 0 && h.affixSlots > 0
            && h.affixSlots & (h.affixSlots - 1) == 0
        guard base.load(as: UInt64.self) == magic, base.load(fromByteOffset: 8, as: UInt64.self) == fingerprint,
              powersOfTwo, h.size == size,
              size == Self.size(stemSlots: h.stemSlots, affixSlots: h.affixSlots, rules: h.rules, pool: h.pool) else {
            munmap(p, size)
            return nil
        }
        return LexiconImage(base: base, byteCount: size, mapped: true)
    }

    /// Writes the image to `path` atomically (a temporary file in the same directory, then a
    /// rename), so that readers never see half an image. Returns `false` when it cannot.
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
