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

    /// ``guess(_:)`` of an array (the cleaner's paragraphs), read straight from its storage.
    static func guess(_ scalars: [Unicode.Scalar]) -> String {
        var tally = Tally()
        scalars.withUnsafeBufferPointer { for s in $0 { tally.add(s) } }
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
