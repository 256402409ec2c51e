import LexCyrCore

/// A small Kazakh morphology for the words that name acts: a dictionary of lemma stems and the
/// suffix grammar of Kazakh nouns (plural, possessive, case, `-дағы`), so that `Жарлығымен`,
/// `Заңына`, `Конституциясының` and `қаулысы` are recognised as forms of their lemma.
///
/// Snowball has no Kazakh stemmer; Kazakh inflection is agglutinative and regular enough that a
/// lemma table plus its suffix inventory decides whether a word is a form of a lemma.
enum KazakhMorphology {
    /// What a Kazakh lemma means to the act parsers.
    enum Meaning: Sendable, Equatable {
        case type(ActReference.Kind, needs: IssuerNeed)
        case modifier(ActLexicon.Modifier)
        /// Part of an issuer's name (`Президентінің`, `Соты`); ``IssuerResolver`` combines the parts.
        case issuer(IssuerParts)
        case jurisdiction(String)
    }

    /// A lemma stem. `alternates` are the stem-final consonants of voiced alternation
    /// (`жарлық` / `жарлығы` is stem `жарлы` + `қ|ғ`).
    struct Lemma: Sendable {
        var stem: String
        var alternates: [Unicode.Scalar]
        var meaning: Meaning
    }

    /// The lemmas, longest first so that `конституциялық` wins over `конституция`.
    static let lemmas: [Lemma] = [
        Lemma(stem: "конституциялы", alternates: ["қ", "ғ"], meaning: .modifier(.constitutional)),
        Lemma(stem: "конституция", alternates: [], meaning: .type(.constitution, needs: .none)),
        Lemma(stem: "нормативті", alternates: ["к", "г"], meaning: .modifier(.normative)),
        Lemma(stem: "конвенция", alternates: [], meaning: .type(.treaty, needs: .none)),
        Lemma(stem: "халықаралы", alternates: ["қ", "ғ"], meaning: .modifier(.other)),
        Lemma(stem: "пакт", alternates: [], meaning: .type(.treaty, needs: .none)),
        Lemma(stem: "жолдау", alternates: [], meaning: .type(.address, needs: .none)),
        Lemma(stem: "кодекс", alternates: [], meaning: .type(.code, needs: .none)),
        Lemma(stem: "келісі", alternates: ["м"], meaning: .type(.treaty, needs: .none)),
        Lemma(stem: "жарлы", alternates: ["қ", "ғ"], meaning: .type(.decree, needs: .none)),
        Lemma(stem: "бұйры", alternates: ["қ", "ғ"], meaning: .type(.order, needs: .none)),
        Lemma(stem: "қаулы", alternates: [], meaning: .type(.resolution, needs: .none)),
        Lemma(stem: "шешім", alternates: [], meaning: .type(.resolution, needs: .body)),
        Lemma(stem: "өкім", alternates: [], meaning: .type(.order, needs: .none)),
        Lemma(stem: "жоба", alternates: [], meaning: .modifier(.draft)),
        Lemma(stem: "заң", alternates: [], meaning: .type(.law, needs: .none)),
        Lemma(stem: "азаматты", alternates: ["қ", "ғ"], meaning: .modifier(.codeName)),
        Lemma(stem: "қылмысты", alternates: ["қ", "ғ"], meaning: .modifier(.codeName)),
        Lemma(stem: "салы", alternates: ["қ", "ғ"], meaning: .modifier(.codeName)),
        Lemma(stem: "еңбе", alternates: ["к", "г"], meaning: .modifier(.codeName)),
        Lemma(stem: "бюджет", alternates: [], meaning: .modifier(.codeName)),
        Lemma(stem: "әкімшілі", alternates: ["к", "г"], meaning: .modifier(.codeName)),
        Lemma(stem: "президент", alternates: [], meaning: .issuer(.president)),
        Lemma(stem: "үкімет", alternates: [], meaning: .issuer(.government)),
        Lemma(stem: "парламент", alternates: [], meaning: .issuer(.parliament)),
        Lemma(stem: "мәжіліс", alternates: [], meaning: .issuer(.parliament)),
        Lemma(stem: "министрлі", alternates: ["к", "г"], meaning: .issuer(.minister)),
        Lemma(stem: "министр", alternates: [], meaning: .issuer(.minister)),
        Lemma(stem: "мәслихат", alternates: [], meaning: .issuer(.maslikhat)),
        Lemma(stem: "әкімді", alternates: ["к", "г"], meaning: .issuer(.akimat)),
        Lemma(stem: "сот", alternates: [], meaning: .issuer(.court)),
        Lemma(stem: "кеңес", alternates: [], meaning: .issuer(.council)),
        Lemma(stem: "жоғарғы", alternates: [], meaning: .issuer(.supreme)),
        Lemma(stem: "орталы", alternates: ["қ", "ғ"], meaning: .issuer(.central)),
        Lemma(stem: "сайлау", alternates: [], meaning: .issuer(.electoral)),
        Lemma(stem: "комиссия", alternates: [], meaning: .issuer(.commission)),
        Lemma(stem: "мемлекет", alternates: [], meaning: .issuer(.state)),
        Lemma(stem: "басшы", alternates: [], meaning: .issuer(.leader)),
        Lemma(stem: "ұлтты", alternates: ["қ", "ғ"], meaning: .issuer(.national)),
        Lemma(stem: "банк", alternates: [], meaning: .issuer(.bank)),
        Lemma(stem: "агентті", alternates: ["к", "г"], meaning: .issuer(.agency)),
        Lemma(stem: "комитет", alternates: [], meaning: .issuer(.agency)),
        Lemma(stem: "премьер", alternates: [], meaning: .issuer(.premier)),
        Lemma(stem: "қазақстан", alternates: [], meaning: .jurisdiction("KZ")),
        Lemma(stem: "ресей", alternates: [], meaning: .jurisdiction("RU")),
    ]

    /// Noun suffixes: plural, possessive, case and attributive, in both vowel harmonies and
    /// after voiced, voiceless and nasal stems.
    static let morphs: Set<String> = [
        "лар", "лер", "дар", "дер", "тар", "тер",
        "ы", "і", "сы", "сі", "ым", "ім", "ың", "ің", "мыз", "міз", "ымыз", "іміз",
        "н", "ның", "нің", "дың", "дің", "тың", "тің",
        "ға", "ге", "қа", "ке", "на", "не", "а", "е",
        "ны", "ні", "ды", "ді", "ты", "ті", "ын", "ін",
        "да", "де", "та", "те", "нда", "нде",
        "дан", "ден", "тан", "тен", "нан", "нен",
        "мен", "бен", "пен",
        "дағы", "дегі", "тағы", "тегі", "ндағы", "ндегі",
    ]

    /// Plural suffixes.
    static let plurals: Set<String> = ["лар", "лер", "дар", "дер", "тар", "тер"]
    /// Possessive suffixes (and the pronominal `н` before a case): a form made of these and
    /// plurals only is nominative (`Заңы`, `Жарлығы`); any other suffix is a case ending.
    static let possessives: Set<String> = ["ы", "і", "сы", "сі", "ым", "ім", "ың", "ің", "мыз", "міз", "ымыз", "іміз", "н"]

    /// A word form of a lemma.
    struct Form {
        var lemma: Lemma
        /// The lemma's position in ``lemmas``.
        var index: Int
        /// The form is plural (`заңдар`).
        var plural: Bool
        /// The form has a case ending (`Заңына`, `Жолдауында`, `Жарлығымен`): the word is not
        /// the head of its phrase.
        var oblique: Bool
    }

    /// What a chain of suffixes says about its word.
    struct Chain {
        /// A plural suffix is in the chain.
        var plural = false
        /// A suffix other than plurals and possessives (a case ending) is in the chain.
        var oblique = false
    }

    /// Each suffix's kind by its ``WordSet`` hash: 0 possessive, 1 plural, 2 case or attributive.
    private static let morphKinds: KeyIndex = {
        var index = KeyIndex(capacity: morphs.count)
        for m in morphs { index[WordSet.hash(m)] = possessives.contains(m) ? 0 : plurals.contains(m) ? 1 : 2 }
        return index
    }()

    /// `rest` (lower case) split into at most four noun suffixes, longest suffix first, or `nil`
    /// when it is not such a chain.
    static func suffixChain(_ rest: ArraySlice<Unicode.Scalar>, depth: Int = 0) -> Chain? {
        if rest.isEmpty { return Chain() }
        if depth == 4 { return nil }
        for length in stride(from: min(5, rest.count), through: 1, by: -1) {
            var head = WordSet.seed
            for s in rest.prefix(length) { head = WordSet.extend(head, s) }
            guard let kind = morphKinds[head], var tail = suffixChain(rest.dropFirst(length), depth: depth + 1) else { continue }
            if kind == 1 { tail.plural = true }
            if kind == 2 { tail.oblique = true }
            return tail
        }
        return nil
    }

    /// Lemma indices (in ``lemmas`` order) by their first three letters (``Fold/key(_:_:length:)``):
    /// a word that starts otherwise is no form of any.
    private static let byPrefix: (index: KeyIndex, lists: [[Int]]) = {
        var index = KeyIndex(capacity: lemmas.count)
        var lists = [[Int]]()
        for (i, lemma) in lemmas.enumerated() {
            guard let k = Fold.key(lemma.stem, length: 3) else { continue }
            if index[k] == nil { index[k] = lists.count; lists.append([]) }
            lists[index[k]!].append(i)
        }
        return (index, lists)
    }()
    private static let stems: [[Unicode.Scalar]] = lemmas.map { Array($0.stem.unicodeScalars) }

    /// The roles ``ActLexicon/roles`` gives each lemma's stem, in ``lemmas`` order.
    static let lemmaRoles: [WordRoles] = lemmas.map { ActLexicon.roles[$0.stem] ?? [] }

    /// The lemma `word` (lower case) is a form of, and whether the form is plural.
    static func analyse(_ word: String) -> (lemma: Lemma, plural: Bool)? {
        form(of: Array(word.unicodeScalars)).map { ($0.lemma, $0.plural) }
    }

    /// The form `w` (lower-case scalars) is of a lemma, if it is one.
    static func form(of w: [Unicode.Scalar]) -> Form? {
        guard let key = Fold.key(w, 0..<w.count, length: 3), let list = byPrefix.index[key] else { return nil }
        for i in byPrefix.lists[list] {
            let lemma = lemmas[i], stem = stems[i]
            guard w.count >= stem.count, w[0..<stem.count].elementsEqual(stem) else { continue }
            var restStart = stem.count
            if !lemma.alternates.isEmpty {
                // `жарлы` is not a word: the stem needs its final consonant (`жарлық`, `жарлығы`).
                guard restStart < w.count, lemma.alternates.contains(w[restStart]) else { continue }
                restStart += 1
            }
            if let chain = suffixChain(w[restStart...]) {
                return Form(lemma: lemma, index: i, plural: chain.plural, oblique: chain.oblique)
            }
        }
        return nil
    }
}
