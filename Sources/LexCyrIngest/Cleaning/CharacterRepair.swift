import LexCyrUnicode

/// Scalar-level repairs applied before any layout analysis: spaces, soft hyphens, ligatures,
/// and Latin homoglyphs inside Cyrillic words.
enum CharacterRepair {
    /// What to do with one input scalar.
    enum Action {
        case keep
        case drop
        case replace(Unicode.Scalar)
        case expand([Unicode.Scalar])
    }

    /// Repairs `input` (the actions of ``action(for:)``, Latin homoglyphs, NFC); returns the
    /// repaired scalars and, for each, its offset in the input.
    static func repair(_ input: [Unicode.Scalar]) -> (scalars: [Unicode.Scalar], origins: [Int32]) {
        let identity = [Int32](unsafeUninitializedCapacity: input.count) { buffer, count in
            for i in 0..<input.count { buffer[i] = Int32(truncatingIfNeeded: i) }
            count = input.count
        }
        var out = [Unicode.Scalar]()
        var origins = [Int32]()
        var plain = true
        // Homoglyphs hide in words that mix Latin letters with others: unless a Latin letter
        // touches another letter in the output, there is none to look for.
        var mixed = false
        var previous: UInt8 = 0     // the scalar before: 0 no letter, 1 a Latin letter, 2 another letter
        // Runs of scalars kept as they are are copied whole.
        var run = 0
        input.withUnsafeBufferPointer { b in
            func flush(_ end: Int) {
                guard run < end else { return }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: b[run..<end]))
                identity.withUnsafeBufferPointer { origins.append(contentsOf: UnsafeBufferPointer(rebasing: $0[run..<end])) }
            }
            var i = 0
            while i < b.count {
                defer { i &+= 1 }
                // Lower-case basic Cyrillic letters, most of the text: letters, kept, plainly NFC.
                if b[i].value &- 0x430 < 0x20 {
                    if previous == 1 { mixed = true }
                    previous = 2
                    while i &+ 1 < b.count, b[i &+ 1].value &- 0x430 < 0x20 { i &+= 1 }
                    continue
                }
                let s = b[i], v = s.value
                // Most scalars (printable ASCII, line and page breaks, Cyrillic letters) are kept and plainly NFC.
                if v &- 0x20 < 0x5F {
                    let kind: UInt8 = (v | 0x20) &- 0x61 < 26 ? 1 : 0
                    if kind == 1 && previous == 2 { mixed = true }
                    previous = kind
                    continue
                }
                if v &- 0x400 < 0x130 && v &- 0x483 >= 7 {
                    let kind: UInt8 = v == 0x482 ? 0 : 2     // all letters but `҂`
                    if kind == 2 && previous == 1 { mixed = true }
                    previous = kind
                    continue
                }
                if v == 0x0A || v == 0x0C { previous = 0; continue }
                if isKeptAsIs(v) {
                    assert({ if case .keep = action(for: s) { true } else { false } }())
                    if !isPlainlyNFC(v) { plain = false }
                    let kind: UInt8 = s.isLetter ? 2 : 0
                    if kind == 2 && previous == 1 { mixed = true }
                    previous = kind
                    continue
                }
                if out.isEmpty {
                    out.reserveCapacity(b.count)
                    origins.reserveCapacity(b.count)
                }
                flush(i)
                run = i + 1
                switch action(for: s) {
                case .keep:
                    if !isPlainlyNFC(v) { plain = false }
                    let kind: UInt8 = s.isLetter ? 2 : 0
                    if kind == 2 && previous == 1 { mixed = true }
                    previous = kind
                    out.append(s); origins.append(Int32(i))
                case .drop:
                    continue                // its neighbours meet: `previous` goes on
                case .replace(let t):
                    previous = 0            // spaces and hyphens
                    out.append(t); origins.append(Int32(i))
                case .expand(let ts):
                    // Latin letters (ligatures).
                    if previous == 2 { mixed = true }
                    previous = 1
                    for t in ts { out.append(t); origins.append(Int32(i)) }
                }
            }
            // Nothing to repair: the input as it is.
            if run == 0 {
                out = input
                origins = identity
            } else {
                flush(b.count)
            }
        }
        if mixed { repairHomoglyphs(&out) }
        // Replacements, expansions and homoglyph repairs give plainly NFC scalars.
        if !plain && !Normalizer.isNFC(out) {
            let normalized = Normalizer.nfc(out)
            if normalized.count != out.count {
                // Composition shortens the text: map each output scalar to the nearest input one.
                let ratio = Double(out.count) / Double(max(normalized.count, 1))
                origins = (0..<normalized.count).map { origins[min(out.count - 1, Int(Double($0) * ratio))] }
            }
            out = normalized
        }
        return (out, origins)
    }

    /// `true` for a scalar that is in NFC whatever surrounds it (no combining mark, no second
    /// half of a composition, no singleton decomposition): Latin up to U+02FF, the Cyrillic
    /// letters, general punctuation and `№`. ICU's check is asked for texts with others.
    @inline(__always)
    static func isPlainlyNFC(_ v: UInt32) -> Bool {
        v < 0x300 || (v >= 0x400 && v < 0x483) || (v >= 0x48A && v < 0x530) || (v >= 0x2010 && v < 0x2070) || v == 0x2116
    }

    /// The action for a scalar out of context.
    static func action(for s: Unicode.Scalar) -> Action {
        switch s.value {
        case 0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF: return .drop      // soft hyphen, zero-width
        case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return .replace(" ")
        case 0x0009: return .replace(" ")
        case 0x2010, 0x2011: return .replace("-")                               // hyphen, non-breaking hyphen
        case 0xFB00: return .expand(["f", "f"])
        case 0xFB01: return .expand(["f", "i"])
        case 0xFB02: return .expand(["f", "l"])
        case 0xFB03: return .expand(["f", "f", "i"])
        case 0xFB04: return .expand(["f", "f", "l"])
        case 0x000D: return .drop
        default: return .keep
        }
    }

    /// `true` for scalars ``action(for:)`` keeps, told by ranges without the switch: line feeds,
    /// printable ASCII, Latin-1 but NBSP and the soft hyphen, the letters up to U+1FFF, and the
    /// punctuation and scripts above but the spaces, hyphens, zero-widths and ligatures repaired.
    @inline(__always)
    static func isKeptAsIs(_ v: UInt32) -> Bool {
        if v < 0x2000 { return (v >= 0x20 && v < 0x7F) || v == 0x0A || (v >= 0xA1 && v != 0xAD) }
        return (v >= 0x2012 && v <= 0x202E) || (v >= 0x2030 && v <= 0x205E)
            || (v >= 0x2061 && v < 0xFB00 && v != 0x3000) || (v > 0xFB04 && v != 0xFEFF)
    }

    /// Cyrillic look-alike for a Latin letter, used only inside words that are mostly Cyrillic.
    static func cyrillicTwin(of s: Unicode.Scalar) -> Unicode.Scalar? {
        switch s {
        case "a": "а"
        case "c": "с"
        case "e": "е"
        case "i": "і"
        case "o": "о"
        case "p": "р"
        case "x": "х"
        case "y": "у"
        case "A": "А"
        case "B": "В"
        case "C": "С"
        case "E": "Е"
        case "H": "Н"
        case "I": "І"
        case "K": "К"
        case "M": "М"
        case "O": "О"
        case "P": "Р"
        case "T": "Т"
        case "X": "Х"
        default: nil
        }
    }

    /// `true` for Cyrillic letters (basic block and Kazakh additions).
    @inline(__always)
    static func isCyrillic(_ s: Unicode.Scalar) -> Bool {
        (0x0400...0x04FF).contains(s.value) || (0x0500...0x052F).contains(s.value)
    }

    /// `true` for ASCII Latin letters.
    @inline(__always)
    static func isLatin(_ s: Unicode.Scalar) -> Bool {
        (0x41...0x5A).contains(s.value) || (0x61...0x7A).contains(s.value)
    }

    /// Replaces Latin homoglyphs inside words that hold Cyrillic letters and no more than two
    /// Latin ones (`Әдiлет` with a Latin `i` becomes `Әділет`). Works in place on a word range.
    static func repairHomoglyphs(_ text: inout [Unicode.Scalar]) {
        // Found first, written after: most texts have none, and their storage stays shared.
        let words = text.withUnsafeBufferPointer { homoglyphWords(in: $0) }
        for word in words {
            for k in word where isLatin(text[k]) { text[k] = cyrillicTwin(of: text[k])! }
        }
    }

    /// The words of `scalars` whose Latin letters are homoglyphs to repair: only words with a
    /// Latin letter can be, so the scan stops at Latin letters and looks at their words.
    private static func homoglyphWords(in scalars: UnsafeBufferPointer<Unicode.Scalar>) -> [Range<Int>] {
        var found = [Range<Int>]()
        let n = scalars.count
        var i = 0
        while i < n {
            guard isLatin(scalars[i]) else { i += 1; continue }
            // The word (the run of letters) around the Latin letter.
            var start = i
            while start > 0, scalars[start - 1].isLetter { start -= 1 }
            var j = i
            var cyr = 0, lat = 0, twins = 0
            for k in start..<n {
                let c = scalars[k], v = c.value
                // The basic Cyrillic letters first: most letters of the text.
                if v >= 0x410 && v <= 0x44F { cyr += 1; j = k + 1; continue }
                guard c.isLetter else { break }
                if isCyrillic(c) { cyr += 1 }
                else if isLatin(c) {
                    lat += 1
                    if cyrillicTwin(of: c) != nil { twins += 1 }
                }
                j = k + 1
            }
            if cyr >= 2, lat > 0, lat <= 2, twins == lat { found.append(start..<j) }
            i = j
        }
        return found
    }
}
