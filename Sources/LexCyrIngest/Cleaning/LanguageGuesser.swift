/// Tells Russian, Kazakh and English apart by their letters.
///
/// Kazakh Cyrillic uses nine letters Russian does not (ә ғ қ ң ө ұ ү һ і); a block with enough of
/// them is Kazakh. Otherwise the majority script decides between Russian and English.
enum LanguageGuesser {
    /// ISO 639-1 code for the text in `scalars` (`ru`, `kk`, `en`), or `und`.
    static func guess<C: Collection>(_ scalars: C) -> String where C.Element == Unicode.Scalar {
        var tally = Tally()
        for s in scalars { tally.add(s) }
        return tally.language
    }

    /// ``guess(_:)`` of an array (the cleaner's paragraphs), eight scalars at a time (SIMD
    /// arithmetic: a lane is 1 where `low <= v < high`, from the signs of `v - high` and
    /// `v - low`). Kazakh letters are counted one by one, and only where a scalar may be one.
    static func guess(_ scalars: [Unicode.Scalar]) -> String {
        var tally = Tally()
        scalars.withUnsafeBufferPointer { b in
            guard let base = b.baseAddress else { return }
            let raw = UnsafeRawPointer(base)
            typealias Lanes = SIMD8<UInt32>
            @inline(__always) func within(_ v: Lanes, _ low: UInt32, _ high: UInt32) -> Lanes {
                ((v &- Lanes(repeating: high)) & ~(v &- Lanes(repeating: low))) &>> 31
            }
            var cyr = Lanes(repeating: 0), lat = Lanes(repeating: 0), maybeKazakh = Lanes(repeating: 0)
            var i = 0
            while b.count &- i >= 8 {
                let v = raw.loadUnaligned(fromByteOffset: i &* 4, as: Lanes.self)
                cyr &+= within(v, 0x400, 0x530)
                lat &+= within(v | Lanes(repeating: 0x20), 0x61, 0x7B)
                maybeKazakh |= within(v, 0x456, 0x530) | (((v ^ Lanes(repeating: 0x406)) &- Lanes(repeating: 1)) &>> 31)
                i &+= 8
            }
            tally.cyr = Int(cyr.wrappedSum())
            tally.lat = Int(lat.wrappedSum())
            let tail = i
            for k in tail..<b.count { tally.add(b[k]) }
            // Russian text has no letter from U+0456 on: Kazakh letters are sought only where
            // such letters are.
            if maybeKazakh.wrappedSum() > 0 {
                for k in 0..<tail where HunspellLexicon.isKazakhLetter(b[k]) { tally.kaz &+= 1 }
            }
        }
        return tally.language
    }

    /// Counts of Cyrillic, Latin and Kazakh letters.
    private struct Tally {
        var cyr = 0, lat = 0, kaz = 0

        @inline(__always)
        mutating func add(_ s: Unicode.Scalar) {
            let v = s.value
            if v &- 0x400 <= 0x12F {
                cyr &+= 1
                // The letters Russian shares with Kazakh are below U+0456 (but `І`, U+0406).
                if v >= 0x456 || v == 0x406, HunspellLexicon.isKazakhLetter(s) { kaz &+= 1 }
            } else if (v | 0x20) &- 0x61 < 26 {
                lat &+= 1
            }
        }

        var language: String {
            if cyr == 0 && lat == 0 { return "und" }
            if cyr >= lat {
                // Kazakh letters make up about 8 % of Kazakh text; a stray one in Russian is noise.
                return kaz * 100 >= cyr * 2 && kaz >= 1 ? "kk" : "ru"
            }
            return "en"
        }
    }
}
