/// The suffix rules of a Hunspell affix file, for the subset of the format the Debian `ru_RU`
/// and `kk_KZ` dictionaries use: `SET UTF-8`, single-character flags, `SFX` classes without
/// continuation flags, and directives that only matter for suggestions (`TRY`, `REP`, `KEY`…).
///
/// With that subset Hunspell accepts a word exactly when the word itself is a dictionary stem,
/// or when stripping one suffix rule's affix (and putting back its strip) gives a stem that
/// carries the rule's flag and matches the rule's condition (see ``LexiconImage/knows(_:)``).
/// ``parse(_:)`` returns `nil` for any other directive (prefixes, compounding, `NEEDAFFIX`,
/// `ICONV`, flag aliases…): then ``CompactLexicon`` is not used and Hunspell itself answers.
struct AffixRules: Sendable {
    /// One `SFX` line: `SFX flag strip affix condition`.
    struct Rule: Sendable {
        /// Bit of the rule's flag in a stem's flag mask.
        var flagBit: UInt64
        /// Letters removed from the stem before the affix is added (empty for `0`).
        var strip: [Unicode.Scalar]
        /// Letters added (empty for `0`).
        var affix: [Unicode.Scalar]
        /// The condition on the end of the stem, one element per character.
        var condition: [Condition]
    }

    /// One character position of a condition: a literal, `.`, `[abc]` or `[^abc]`.
    struct Condition: Sendable {
        var scalars: [Unicode.Scalar]
        var negated: Bool
        var any: Bool

    }

    /// Bit of every flag character that names a suffix class.
    private(set) var flagBits: [Unicode.Scalar: UInt64] = [:]
    /// The rules, in the order of the file.
    private(set) var rules: [Rule] = []

    /// Directives that do not change which words Hunspell accepts.
    private static let neutral: Set<String> = [
        "SET", "TRY", "REP", "KEY", "MAP", "PHONE", "WORDCHARS", "NOSUGGEST", "MAXNGRAMSUGS", "NOSPLITSUGS",
        "SUGSWITHDOTS", "ONLYMAXDIFF", "MAXCPDSUGS", "MAXDIFF", "FORBIDWARN", "NAME", "HOME", "VERSION", "LANG",
    ]

    /// Parses the bytes of an affix file; `nil` when it uses more of the format than this type knows.
    static func parse(_ bytes: [UInt8]) -> AffixRules? {
        var rules = AffixRules()
        var reader = FieldReader(bytes: bytes)
        while let fields = reader.next() {
            let name = reader.text(fields[0])
            if name.hasPrefix("#") { continue }
            if name == "SET" {
                guard fields.count >= 2, reader.text(fields[1]).uppercased() == "UTF-8" else { return nil }
                continue
            }
            // REP, MAP, PHONE and KEY tables: their entries follow on lines of the same name.
            if neutral.contains(name) { continue }
            guard name == "SFX", fields.count >= 4, let flagScalars = reader.scalars(fields[1]), flagScalars.count == 1,
                  let count = Int(reader.text(fields[3])) else { return nil }
            let flag = flagScalars[0]
            // Single-character flags are bytes to Hunspell: only ASCII ones mean the same to both.
            guard flag.isASCII, rules.flagBits[flag] == nil, rules.flagBits.count < 64 else { return nil }
            let bit = UInt64(1) << UInt64(rules.flagBits.count)
            rules.flagBits[flag] = bit
            for _ in 0..<count {
                // Continuation classes (`affix/flags`) and morphology fields are not supported.
                // Hunspell reads a rule without a condition as one without any (`.`).
                guard let f = reader.next(), f.count == 4 || f.count == 5, reader.equal(f[0], "SFX"),
                      bytes[f[1]].elementsEqual(bytes[fields[1]]), !bytes[f[3]].contains(UInt8(ascii: "/")),
                      var strip = reader.scalars(f[2]), var affix = reader.scalars(f[3]) else { return nil }
                var condition = [Condition]()
                if f.count == 5 {
                    guard let c = reader.scalars(f[4]).flatMap(Self.condition) else { return nil }
                    condition = c
                }
                if strip == ["0"] { strip = [] }
                if affix == ["0"] { affix = [] }
                rules.rules.append(Rule(flagBit: bit, strip: strip, affix: affix, condition: condition))
            }
        }
        return rules
    }

    /// Reads an affix file line by line, each line cut into fields at spaces and tabs (a
    /// byte-order mark and carriage returns dropped, empty lines skipped).
    private struct FieldReader {
        let bytes: [UInt8]
        var position: Int

        init(bytes: [UInt8]) {
            self.bytes = bytes
            position = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        }

        /// The byte ranges of the next non-empty line's fields.
        mutating func next() -> [Range<Int>]? {
            while position < bytes.count {
                var end = position
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                var fields = [Range<Int>]()
                var i = position
                while i < end {
                    while i < end, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0D { i += 1 }
                    var j = i
                    while j < end, bytes[j] != 0x20, bytes[j] != 0x09, bytes[j] != 0x0D { j += 1 }
                    if j > i { fields.append(i..<j) }
                    i = j
                }
                position = end + 1
                if !fields.isEmpty { return fields }
            }
            return nil
        }

        func text(_ r: Range<Int>) -> String { String(decoding: bytes[r], as: UTF8.self) }

        func scalars(_ r: Range<Int>) -> [Unicode.Scalar]? { try? TextDecoder.strictUTF8(bytes[r], path: "") }

        func equal(_ r: Range<Int>, _ ascii: StaticString) -> Bool {
            r.count == ascii.utf8CodeUnitCount && bytes[r].elementsEqual(UnsafeBufferPointer(start: ascii.utf8Start, count: ascii.utf8CodeUnitCount))
        }
    }

    /// Parses a condition (`[^н]ый`, `.`, `[аоуұыэ]ж`).
    private static func condition(_ text: [Unicode.Scalar]) -> [Condition]? {
        if text == ["."] { return [] }
        var out = [Condition]()
        var it = text.makeIterator()
        while let c = it.next() {
            switch c {
            case "[":
                var set = [Unicode.Scalar]()
                var negated = false
                var closed = false
                while let d = it.next() {
                    if d == "]" { closed = true; break }
                    if d == "^" && set.isEmpty && !negated { negated = true } else { set.append(d) }
                }
                guard closed else { return nil }
                out.append(Condition(scalars: set, negated: negated, any: false))
            case ".":
                out.append(Condition(scalars: [], negated: false, any: true))
            case "]", "^":
                return nil
            default:
                out.append(Condition(scalars: [c], negated: false, any: false))
            }
        }
        return out
    }
}

/// The 64-bit hash of a word (its exact scalars) used by the compact lexicon's stem table and
/// affix index; never 0, which marks an empty slot.
enum StemHash {
    static func hash<C: Collection>(_ scalars: C) -> UInt64 where C.Element == Unicode.Scalar {
        var h = seed
        for c in scalars { h = step(h, c.value) }
        return finish(h)
    }

    /// The running state of the empty word.
    static let seed: UInt64 = 0xCBF2_9CE4_8422_2325

    /// The running state `h` extended by a scalar's value (FNV-1a).
    @inline(__always)
    static func step(_ h: UInt64, _ v: UInt32) -> UInt64 { (h ^ UInt64(v)) &* 0x100_0000_01B3 }

    /// The hash of a word from its running state: a final avalanche (splitmix64), so that low
    /// bits make good table indices.
    @inline(__always)
    static func finish(_ state: UInt64) -> UInt64 {
        var h = state
        h ^= h >> 30
        h = h &* 0xBF58_476D_1CE4_E5B9
        h ^= h >> 27
        h = h &* 0x94D0_49BB_1331_11EB
        h ^= h >> 31
        return h == 0 ? 1 : h
    }
}
