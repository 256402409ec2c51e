import Foundation
@testable import LexCyrExtract
import LexCyr
import LexCyrUnicode
import Testing

/// The cheap paths of the act word classifier keep what the full classification decides: the
/// Snowball stem read as a prefix length, the key-prefix filter that spares most words the
/// stemmer, the per-token cache, and the hash tables behind them — checked on the words of real
/// articles.
@Suite("Act word classifier")
struct ActClassifierTests {
    /// Every text article of the corpus (Russian and Kazakh, bodies and footnotes).
    static let documents: [String] = {
        let files = FileManager.default.enumerator(atPath: Corpus.directory)?.compactMap { $0 as? String } ?? []
        return files.filter { $0.hasSuffix(".txt") }.sorted()
    }()

    /// The lower-cased words of `path` (a corpus document), each once.
    static func words(_ path: String) throws -> [[Unicode.Scalar]] {
        let text = try String(contentsOfFile: Corpus.directory + "/" + path, encoding: .utf8)
        let unit = TextUnit(text, tokenizer: try Tokenizer(locale: "ru"))
        var seen = Set<String>(), out = [[Unicode.Scalar]]()
        for t in unit.tokens where t.kind == .word {
            let word = (t.start..<t.end).map { Fold.lower(unit.scalars[$0]) }
            if seen.insert(String(String.UnicodeScalarView(word))).inserted { out.append(word) }
        }
        return out
    }

    @Test("Snowball's Russian stem is a prefix of its word, and its length is all the classifier keeps")
    func stemIsPrefix() throws {
        let stemmer = try Stemmer(language: "russian"), prefix = SnowballPrefix()
        var checked = 0
        for path in Self.documents {
            for word in try Self.words(path) {
                let stem = stemmer.stem(Letters(word))
                #expect(stem.scalars.elementsEqual(word.prefix(stem.count)), "\(path): \(Letters(word)) → \(stem)")
                #expect(prefix.stemLength(word[...]) == stem.count, "\(path): \(Letters(word))")
                checked += 1
            }
        }
        #expect(Self.documents.count > 50 && checked > 50_000)
    }

    @Test("The key-prefix filter never turns away a word whose stem the lexicon knows")
    func filterKeepsLexiconWords() throws {
        let stemmer = try Stemmer(language: "russian")
        var known = 0, passed = 0, all = 0
        for path in Self.documents {
            for word in try Self.words(path) where !word.contains(where: WordClassifier.isKazakhLetter) {
                all += 1
                if StemTable.mayStemToKey(word) { passed += 1 }
                let stem = stemmer.stem(Letters(word)).scalars
                guard StemTable.entry(hash: WordSet.hash(stem, 0..<stem.count)) != nil else { continue }
                known += 1
                #expect(StemTable.mayStemToKey(word), "\(path): \(Letters(word)) has stem \(Letters(stem)) in the lexicon")
            }
        }
        // The filter is worth having: most words are never stemmed.
        #expect(known > 500 && passed < all / 5)
    }

    @Test("A token's cached sense is the sense of its word, in every case form of the seed's footnotes")
    func tokenCacheAgrees() throws {
        let tokenizer = try Tokenizer(locale: "ru")
        let unit = TextUnit(Corpus.seedText, tokenizer: tokenizer)
        let view = TokenView(unit)
        let cached = WordClassifier(), direct = WordClassifier()
        var typeWords = 0
        for (i, t) in unit.tokens.enumerated() where t.kind == .word {
            let a = cached.sense(view, token: i), b = direct.sense(unit.scalars, t.start..<t.end)
            #expect(a == b)
            // A second question comes from the cache and agrees.
            #expect(cached.sense(view, token: i) == a)
            if a.type != nil { typeWords += 1 }
        }
        #expect(typeWords > 50)
    }

    @Test("Hash-keyed index: every key keeps its value as the table grows")
    func keyIndexGrows() {
        var index = KeyIndex()
        // Word hashes and packed letters alike; 0 is a key like any other.
        let keys = (1...2000).map { UInt64($0) &* 0x9E37_79B9 } + [0, WordSet.hash("закон"), Fold.key("заң", length: 3)!]
        for (k, key) in keys.enumerated() { index[key] = k }
        #expect(index.count == keys.count)
        for (k, key) in keys.enumerated() { #expect(index[key] == k) }
        #expect(index[1] == nil && !index.contains(WordSet.hash("указ")))
        index[0] = 7
        #expect(index[0] == 7 && index.count == keys.count)
    }
}
