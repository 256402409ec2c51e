/// Kazakh inflection, enough to tell a word's ending from a word: `-лардың` is only endings
/// (plural + genitive), `теңдік` is not (`те` is a case ending and must come last).
///
/// Kazakh stacks suffixes in a fixed order: derivation, plural, possessive, case. A string is an
/// ending when it splits into suffixes of non-decreasing rank, each inflectional rank at most once.
enum KazakhSuffixes {
    private static let ranked: [(String, Int)] = {
        var out = [(String, Int)]()
        let derivation = ["лық", "лік", "дық", "дік", "тық", "тік", "шы", "ші", "сыз", "сіз", "лы", "лі",
                          "ғы", "гі", "қы", "кі", "дағы", "дегі", "тағы", "тегі", "ндағы", "ндегі",
                          "у", "ған", "ген", "қан", "кен", "атын", "етін", "йтын", "йтін", "ушы", "уші",
                          // verb-forming and negation: есеп-те-йді, ескер-ме-йді
                          "ла", "ле", "да", "де", "та", "те", "ма", "ме", "ба", "бе", "па", "пе",
                          // causative: нығай-т-ып
                          "т", "ғыз", "гіз", "қыз", "кіз"]
        let plural = ["лар", "лер", "дар", "дер", "тар", "тер"]
        let possessive = ["ым", "ім", "м", "ың", "ің", "ң", "ы", "і", "сы", "сі", "мыз", "міз", "ымыз", "іміз",
                          "ңыз", "ңіз", "ыңыз", "іңіз"]
        // Person and tense endings of verbs close a word like the cases do.
        let verbal = ["йды", "йді", "ады", "еді", "са", "се", "мын", "мін", "сың", "сің", "ып", "іп", "п"]
        let cases = verbal + ["ның", "нің", "дың", "дің", "тың", "тің", "ға", "ге", "қа", "ке", "а", "е", "на", "не",
                     "ны", "ні", "ды", "ді", "ты", "ті", "н", "да", "де", "та", "те", "нда", "нде",
                     "дан", "ден", "тан", "тен", "нан", "нен", "мен", "бен", "пен"]
        for (rank, list) in [derivation, plural, possessive, cases].enumerated() {
            out += list.map { ($0, rank) }
        }
        return out
    }()

    private static let byFirst: [Unicode.Scalar: [([Unicode.Scalar], Int)]] = {
        var table = [Unicode.Scalar: [([Unicode.Scalar], Int)]]()
        for (suffix, rank) in ranked {
            let scalars = Array(suffix.unicodeScalars)
            table[scalars[0], default: []].append((scalars, rank))
        }
        return table
    }()

    /// `true` when `word` (lower case) is made of Kazakh suffixes only.
    static func isEnding(_ word: [Unicode.Scalar]) -> Bool {
        guard word.count >= 2 else { return false }
        return parse(word, at: 0, minRank: 0)
    }

    /// `true` when `word` is a stem of one or two letters with endings (`тудың`, `рудың`): what
    /// a line break leaves of a longer word far more often than a word of its own.
    static func isShortStemWithEnding(_ word: [Unicode.Scalar]) -> Bool {
        guard word.count >= 3 else { return false }
        return (1...2).contains { cut in cut < word.count && parse(word, at: cut, minRank: 0) }
    }

    private static func parse(_ s: [Unicode.Scalar], at i: Int, minRank: Int) -> Bool {
        if i == s.count { return true }
        for (suffix, rank) in byFirst[s[i]] ?? [] where rank >= minRank && i + suffix.count <= s.count {
            guard s[i..<(i + suffix.count)].elementsEqual(suffix) else { continue }
            // Derivation may repeat; each inflection comes once.
            if parse(s, at: i + suffix.count, minRank: rank == 0 ? 0 : rank + 1) { return true }
        }
        return false
    }
}
