/// Tells Russian, Kazakh and English apart by their letters.
///
/// Kazakh Cyrillic uses nine letters Russian does not (ә ғ қ ң ө ұ ү һ і); a block with enough of
/// them is Kazakh. Otherwise the majority script decides between Russian and English.
enum LanguageGuesser {
    /// ISO 639-1 code for the text in `scalars` (`ru`, `kk`, `en`), or `und`.
    static func guess<C: Collection>(_ scalars: C) -> String where C.Element == Unicode.Scalar {
        var cyr = 0, lat = 0, kaz = 0
        for s in scalars {
            let v = s.value
            if v >= 0x400 && v <= 0x52F {
                cyr += 1
                // The letters Russian shares with Kazakh are below U+0456 (but `І`, U+0406).
                if v >= 0x456 || v == 0x406, HunspellLexicon.isKazakhLetter(s) { kaz += 1 }
            } else if CharacterRepair.isLatin(s) {
                lat += 1
            }
        }
        if cyr == 0 && lat == 0 { return "und" }
        if cyr >= lat {
            // Kazakh letters make up about 8 % of Kazakh text; a stray one in Russian is noise.
            return kaz * 100 >= cyr * 2 && kaz >= 1 ? "kk" : "ru"
        }
        return "en"
    }
}
