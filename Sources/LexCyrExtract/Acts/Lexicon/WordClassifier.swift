import LexCyrCore

/// Classifies words for the act parsers, with a Snowball stemmer and the Kazakh morphology,
/// caching each word form's sense.
///
/// A new word form is lower-cased into a scalar buffer and checked against the lexicon without
/// building a `String`: its whole-word entry is one hash look-up, and it is stemmed only when a
/// lexicon stem could be its Snowball stem (``StemTable/mayStemToKey(_:)``), so most words of a
/// text are never stemmed. Stems asked for by title comparison are computed on demand. Views
/// (``TokenView``) remember each token's form, so a word asked about again costs an array read.
///
/// Not thread-safe (the stemmer is not); the extractor makes one per call. The caches are only
/// touched by this class's own methods, none of which holds an access across another, so their
/// dynamic exclusivity checks (a runtime call per access) are switched off.
final class WordClassifier {
    /// Snowball's Russian stemmer, as the length of the stem it keeps.
    private let stemmer = SnowballPrefix()
    /// Word forms seen, found by the hash of the lower-cased word; `next` chains forms whose
    /// hashes collide.
    @exclusivity(unchecked) private var index = KeyIndex(capacity: 256)
    @exclusivity(unchecked) private var next: [Int] = []
    /// The lower-cased forms, one after the other in `letters`; form `e` is `letters[bounds[e]]`.
    @exclusivity(unchecked) private var letters: [Unicode.Scalar] = []
    @exclusivity(unchecked) private var bounds: [Range<Int>] = []
    @exclusivity(unchecked) private var senses: [WordSense] = []
    /// The ``WordSet`` hash of each form.
    @exclusivity(unchecked) private var hashes: [UInt64] = []
    /// The stem of each form as a number of its first letters (Snowball's stem, or a Kazakh
    /// word's first six letters), `-1` until it is asked for.
    @exclusivity(unchecked) private var stemLengths: [Int] = []
    /// Interned stems: the id of a stem by its hash (see ``stemID(_:_:)``), and its text by id.
    @exclusivity(unchecked) private var stemIndex = KeyIndex(capacity: 64)
    @exclusivity(unchecked) private var stemTexts: [String] = []
    /// Scratch buffer for the word being classified.
    @exclusivity(unchecked) private var scratch: [Unicode.Scalar] = []

    private static let republic = Array("республик".unicodeScalars)

    /// A classifier with room for the word forms of a typical article (a hundred or so), so
    /// that its caches do not grow step by step.
    init() {
        next.reserveCapacity(128)
        bounds.reserveCapacity(128)
        senses.reserveCapacity(128)
        hashes.reserveCapacity(128)
        stemLengths.reserveCapacity(128)
        letters.reserveCapacity(1024)
        scratch.reserveCapacity(32)
    }

    /// The sense of the word at `range` of `scalars`; a word form seen before costs one hash.
    func sense(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> WordSense {
        senses[entry(scalars, range, hash: WordSet.hash(scalars, range))]
    }

    /// The sense of word token `i` of `view`.
    func sense(_ view: TokenView, token i: Int) -> WordSense {
        senses[form(view, token: i)]
    }

    /// The sense of word piece `piece` of `view` (through the token's cached form when the piece
    /// is its whole token, as word pieces are unless cut at the end of a scan).
    func sense(_ view: TokenView, _ piece: Piece) -> WordSense {
        senses[form(view, piece)]
    }

    /// The sense of word piece `piece` of `view`, with its ``WordSet`` hash (to compare it with
    /// fixed words).
    func hashAndSense(_ view: TokenView, _ piece: Piece) -> (hash: UInt64, sense: WordSense) {
        let e = form(view, piece)
        return (hashes[e], senses[e])
    }

    /// The form of word piece `piece` of `view`.
    private func form(_ view: TokenView, _ piece: Piece) -> Int {
        let t = view.tokens[piece.token]
        guard t.start == piece.range.lowerBound, t.end == piece.range.upperBound else {
            return entry(view.scalars, piece.range, hash: WordSet.hash(view.scalars, piece.range))
        }
        return form(view, token: piece.token)
    }

    /// The form of word token `i` of `view`, cached in the view.
    private func form(_ view: TokenView, token i: Int) -> Int {
        let me = ObjectIdentifier(self)
        if let e = view.forms.form(i, of: me) { return e }
        let t = view.tokens[i]
        let e = entry(view.scalars, t.start..<t.end, hash: WordSet.hash(view.scalars, t.start..<t.end))
        view.forms.set(i, form: e, of: me)
        return e
    }

    /// The stem used to compare titles (`управлении` → `управлен`); Kazakh words keep their
    /// first six letters. Computed once per word form.
    func stem(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        stemTexts[stemID(scalars, range)]
    }

    /// A number that stands for the stem of the word at `range`: words with one stem share it
    /// (``stemText(_:)`` gives the stem back).
    func stemID(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Int {
        stemID(ofForm: form(scalars, range, hash: WordSet.hash(scalars, range)))
    }

    /// The number of the form of the word at `range`, whose ``WordSet`` hash is `hash`: one
    /// look-up for a caller that needs both its sense and its stem.
    func form(_ scalars: [Unicode.Scalar], _ range: Range<Int>, hash: UInt64) -> Int {
        entry(scalars, range, hash: hash)
    }

    /// The sense of form `e` (see ``form(_:_:hash:)``).
    func sense(ofForm e: Int) -> WordSense {
        senses[e]
    }

    /// The stem id of form `e` (see ``form(_:_:hash:)`` and ``stemID(_:_:)``).
    func stemID(ofForm e: Int) -> Int {
        let word = bounds[e]
        let stem = word.lowerBound..<(word.lowerBound + stemLength(e))
        let h = WordSet.hash(letters, stem)
        if let id = stemIndex[h] { return id }
        stemIndex[h] = stemTexts.count
        stemTexts.append(Fold.string(letters, stem))
        return stemTexts.count - 1
    }

    /// The stem whose id is `id`.
    func stemText(_ id: Int) -> String {
        stemTexts[id]
    }

    /// The index of the word form at `range`, whose hash is `h`, in the caches, classifying it
    /// when it is new.
    private func entry(_ scalars: [Unicode.Scalar], _ range: Range<Int>, hash h: UInt64) -> Int {
        let first = index[h] ?? -1
        var seen = first
        while seen >= 0 {
            if same(bounds[seen], scalars, range) { return seen }
            seen = next[seen]
        }
        scratch.removeAll(keepingCapacity: true)
        for i in range { scratch.append(Fold.lower(scalars[i])) }
        next.append(first)
        index[h] = senses.count
        bounds.append(letters.count..<(letters.count + scratch.count))
        letters.append(contentsOf: scratch)
        stemLengths.append(-1)
        let e = senses.count
        let sense = classify(e, hash: h)
        senses.append(sense)
        hashes.append(h)
        return e
    }

    /// `true` when form `form` (lower case) is the word at `range`, in any case.
    @inline(__always)
    private func same(_ form: Range<Int>, _ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        guard form.count == range.count else { return false }
        var k = form.lowerBound
        for i in range {
            if letters[k] != Fold.lower(scalars[i]) { return false }
            k += 1
        }
        return true
    }

    /// The stem length of form `e`, stemming it the first time.
    private func stemLength(_ e: Int) -> Int {
        if stemLengths[e] >= 0 { return stemLengths[e] }
        let word = letters[bounds[e]]
        let n = word.contains(where: Self.isKazakhLetter) ? min(6, word.count) : stemmer.stemLength(word)
        stemLengths[e] = n
        return n
    }

    /// The sense of new form `e`, held in ``scratch``, whose hash is `hash`.
    private func classify(_ e: Int, hash: UInt64) -> WordSense {
        let whole = StemTable.entry(hash: hash)
        let roles = whole?.roles ?? []
        guard !scratch.contains(where: Self.isKazakhLetter) else {
            var s = kazakh(kazakhLetters: true) ?? WordSense(jurisdiction: whole?.jurisdiction)
            s.roles.formUnion(roles)
            return s
        }
        var s = russian(e, whole)
        s.roles.formUnion(roles)
        if s.type != nil || s.modifier != nil || s.issuerCue || s.jurisdiction != nil { return s }
        if var k = kazakh(kazakhLetters: false) { k.roles.formUnion(s.roles); return k }
        return s
    }

    /// The sense of Russian form `e`, held in ``scratch``; `whole` is the lexicon entry of the word itself.
    private func russian(_ e: Int, _ whole: StemTable.Entry?) -> WordSense {
        let word = scratch
        // Only a word that starts with a lexicon stem, or with `республик`, needs its stem.
        var stem = 0..<0
        if StemTable.mayStemToKey(word) || word.starts(with: Self.republic) {
            stem = 0..<stemLength(e)
        }
        let entry = stem.isEmpty ? nil : StemTable.entry(hash: WordSet.hash(word, stem))
        var s = WordSense()
        if let t = entry?.type {
            let rest = word[stem.upperBound...]
            if !t.rejects.contains(where: { rest.starts(with: $0.unicodeScalars) }) {
                s.type = t.kind
                s.plural = entry!.plurals.contains(word, stem.upperBound..<word.count)
                s.needs = t.needs
            }
        }
        s.modifier = entry?.modifier
        if let issuer = entry?.issuer, !issuer.isEmpty { s.issuer = issuer } else if Self.isMinistryAbbreviation(word) { s.issuer = .minister }
        s.jurisdiction = entry?.jurisdiction ?? whole?.jurisdiction
        s.roles = entry?.roles ?? []
        if stem.count >= Self.republic.count, word.starts(with: Self.republic) { s.roles.insert(.republic) }
        return s
    }

    /// The sense of the word in ``scratch`` as a Kazakh form, if it is a form of a lemma.
    private func kazakh(kazakhLetters: Bool) -> WordSense? {
        guard let form = KazakhMorphology.form(of: scratch) else { return nil }
        let lemma = form.lemma, plural = form.plural
        var s = WordSense()
        s.roles = KazakhMorphology.lemmaRoles[form.index]
        if kazakhLetters || !scratch.elementsEqual(lemma.stem.unicodeScalars) { s.roles.insert(.kazakh) }
        if form.oblique { s.roles.insert(.oblique) }
        switch lemma.meaning {
        case .type(let kind, let needs):
            s.type = kind
            s.needs = needs
            s.plural = plural
        case .modifier(let m):
            s.modifier = m
            if m == .constitutional { s.issuer = .constitutional }
        case .issuer(let parts): s.issuer = parts
        case .jurisdiction(let j): s.jurisdiction = j
        }
        return s
    }

    private static let ministryPrefix = Array("мин".unicodeScalars)
    private static let notMinistries = ["минск", "миним", "минут", "минув", "минов", "минер"].map { Array($0.unicodeScalars) }

    /// `Минфин`, `Минюст`, `Минобрнауки`: Russian ministries by their short names.
    private static func isMinistryAbbreviation(_ word: [Unicode.Scalar]) -> Bool {
        word.count >= 5 && word.starts(with: ministryPrefix) && !notMinistries.contains { word.starts(with: $0) }
    }

    /// Kazakh letters that Russian does not use.
    static func isKazakhLetter(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "ә", "ғ", "қ", "ң", "ө", "ұ", "ү", "һ", "і", "Ә", "Ғ", "Қ", "Ң", "Ө", "Ұ", "Ү", "Һ", "І": true
        default: false
        }
    }
}
