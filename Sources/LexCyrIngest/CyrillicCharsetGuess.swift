import LexCyrCore
import LexCyrUnicode

/// Tells Windows-1251 from KOI8-R (and CP866) by how Russian the decoded text looks, for
/// texts too short for ICU's detector (which may answer UTF-16 for a two-word line).
///
/// Each candidate decoding is scored by the frequency of its letters in Russian and by how its
/// words are cased: a wrong single-byte Cyrillic charset scrambles the letters (KOI8-R orders
/// them by Latin transliteration) and swaps upper and lower case, so `аКИМ` or `щЮЛХ` words
/// appear where the right one gives `Аким`.
enum CyrillicCharsetGuess {
    /// The charsets compared.
    static let candidates = ["windows-1251", "KOI8-R", "IBM866"]

    /// Per-mille frequency of each lower-case letter in Russian prose.
    private static let frequency: [Unicode.Scalar: Double] = [
        "о": 109.7, "е": 84.5, "а": 80.1, "и": 73.5, "н": 67.0, "т": 62.6, "с": 54.7, "р": 47.3, "в": 45.4,
        "л": 44.0, "к": 34.9, "м": 32.1, "д": 29.8, "п": 28.1, "у": 26.2, "я": 20.1, "ы": 19.0, "ь": 17.4,
        "г": 17.0, "з": 16.5, "б": 15.9, "ч": 14.4, "й": 12.1, "х": 9.7, "ж": 9.4, "ш": 7.3, "ю": 6.4,
        "ц": 4.8, "щ": 3.6, "э": 3.2, "ф": 2.6, "ъ": 0.4, "ё": 0.4,
    ]

    /// The most likely charset of `bytes`, or `nil` when no candidate makes most of the letters
    /// Cyrillic (Western text in ISO-8859-1, say).
    static func guess(_ bytes: [UInt8]) -> String? {
        guard bytes.contains(where: { $0 >= 0x80 }) else { return nil }
        var best: (name: String, score: Double)? = nil
        for name in candidates {
            guard let (scalars, invalid) = try? Charset.decode(bytes, charset: name), invalid == 0,
                  isMostlyCyrillic(scalars) else { continue }
            let s = score(scalars)
            if best == nil || s > best!.score { best = (name, s) }
        }
        return best.map(\.name)
    }

    /// `true` when most letters are Cyrillic (not Western text with a few accented letters).
    private static func isMostlyCyrillic(_ scalars: [Unicode.Scalar]) -> Bool {
        var cyrillic = 0, letters = 0
        for s in scalars where s.properties.isAlphabetic {
            letters += 1
            if s.value >= 0x400 && s.value <= 0x4FF { cyrillic += 1 }
        }
        return cyrillic * 2 > letters
    }

    /// Higher for text that reads like Russian.
    static func score(_ scalars: [Unicode.Scalar]) -> Double {
        var total = 0.0
        var word = [Unicode.Scalar]()
        func closeWord() {
            guard !word.isEmpty else { return }
            let upper = word.map { $0.properties.isUppercase }
            let regular = upper.dropFirst().allSatisfy { !$0 } || upper.allSatisfy { $0 }
            total += regular ? 1 : -3
            word.removeAll(keepingCapacity: true)
        }
        for s in scalars {
            if s.properties.isAlphabetic && s.value >= 0x400 && s.value <= 0x4FF {
                let lower = s.properties.lowercaseMapping.unicodeScalars.first!
                // log frequency, with rare letters (and non-Russian ones) costing most
                total += log2Approx((frequency[lower] ?? 0.05) / 30)
                word.append(s)
            } else {
                closeWord()
                // Box-drawing and other symbols where letters should be: a wrong charset.
                if s.value >= 0x80 && !s.properties.isAlphabetic && !s.properties.isWhitespace
                    && !"«»–—№…“”„‘’·°§".unicodeScalars.contains(s) { total -= 4 }
            }
        }
        closeWord()
        return total
    }

    /// A cheap base-2 logarithm (enough to rank decodings).
    private static func log2Approx(_ x: Double) -> Double {
        var v = x, e = 0.0
        while v >= 2 { v /= 2; e += 1 }
        while v < 1 { v *= 2; e -= 1 }
        return e + (v - 1)
    }
}
