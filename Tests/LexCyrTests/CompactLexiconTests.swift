import Foundation
import LexCyrIngest
import XCTest

/// The compact lexicon (cached stem table + suffix rules) must answer exactly as Hunspell does,
/// since the cleaner's output depends on it.
final class CompactLexiconTests: XCTestCase {
    private let dictionaries = "/usr/share/hunspell"

    private func temporaryDirectory() -> String {
        let path = NSTemporaryDirectory() + "lexcyr-lexicon-\(UUID().uuidString)"
        addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
        return path
    }

    private func requireDictionaries() throws {
        for name in ["ru_RU.dic", "kk_KZ.dic"] where !FileManager.default.fileExists(atPath: "\(dictionaries)/\(name)") {
            throw XCTSkip("Hunspell dictionary \(name) is not installed (apt-get install hunspell-ru hunspell-kk)")
        }
    }

    /// Lower-case words of every corpus text, and forms around them: the word cut short by one
    /// or two letters (what a line break leaves) and with common endings added.
    private func corpusWords() throws -> [String] {
        var words = Set<String>()
        let enumerator = FileManager.default.enumerator(atPath: Corpus.directory)
        while let file = enumerator?.nextObject() as? String {
            guard file.hasSuffix(".txt") else { continue }
            let text = try String(contentsOfFile: "\(Corpus.directory)/\(file)", encoding: .utf8)
            for word in text.lowercased().split(whereSeparator: { !$0.isLetter }) where word.count >= 2 {
                let w = String(word)
                words.insert(w)
                words.insert(String(w.dropLast()))
                if w.count > 4 { words.insert(String(w.dropLast(2))) }
                for ending in ["а", "ы", "ов", "ами", "ия", "ға", "лар", "дің"] { words.insert(w + ending) }
            }
        }
        return words.sorted()
    }

    func testCompactLexiconAgreesWithHunspellOnCorpusWords() throws {
        try requireDictionaries()
        let compact = HunspellLexicon(directory: dictionaries, cacheDirectory: temporaryDirectory())
        let hunspell = HunspellLexicon(directory: dictionaries, cacheDirectory: nil, compact: false)
        var disagreements = [String]()
        var known = 0
        let words = try corpusWords()
        for word in words {
            for language in ["ru", "kk"] {
                let expected = hunspell.knows(word, language: language)
                if compact.knows(word, language: language) != expected { disagreements.append("\(language) \(word)") }
                if expected == true { known += 1 }
            }
        }
        XCTAssertEqual(disagreements, [], "\(disagreements.count) of \(words.count * 2) lookups differ")
        // The comparison means something only if many words are known and many are not.
        XCTAssertGreaterThan(known, words.count / 10)
        XCTAssertLessThan(known, words.count * 2 - words.count / 10)
    }

    /// The cleaner looks words up as scalars (no `String` per lookup): the answers must be the
    /// string lookups' answers, capitals and words outside the compact subset included.
    func testScalarLookupsAnswerAsStringLookups() throws {
        try requireDictionaries()
        let lexicon = HunspellLexicon(directory: dictionaries, cacheDirectory: temporaryDirectory())
        let words = try corpusWords().prefix(3000) + ["Президента", "социально-экономического", "әкімдігі", "COVID"]
        var disagreements = [String]()
        for word in words {
            for language in ["ru", "kk"] {
                let scalars = Array(word.unicodeScalars)
                if lexicon.knows(scalars: scalars[...], language: language) != lexicon.knows(word, language: language) {
                    disagreements.append("\(language) \(word)")
                }
            }
        }
        XCTAssertEqual(disagreements, [])
    }

    func testCachedTableIsReusedAndAnswersTheSame() throws {
        try requireDictionaries()
        let cache = temporaryDirectory()
        let first = HunspellLexicon(directory: dictionaries, cacheDirectory: cache)
        XCTAssertEqual(first.knows("законодательства", language: "ru"), true)
        XCTAssertEqual(first.knows("заңнамасы", language: "kk"), true)
        let tables = try FileManager.default.contentsOfDirectory(atPath: cache).filter { $0.hasSuffix(".lexicon") }
        XCTAssertEqual(tables.count, 2, "one cached table per language: \(tables)")

        let second = HunspellLexicon(directory: dictionaries, cacheDirectory: cache)
        for word in ["законодательства", "сформирования", "администрати", "басқарудың", "рудың"] {
            XCTAssertEqual(second.knows(word, language: word.contains("қ") ? "kk" : "ru"),
                           first.knows(word, language: word.contains("қ") ? "kk" : "ru"), word)
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: cache).filter { $0.hasSuffix(".lexicon") }.count, 2)
    }

    func testCorruptCacheFileIsRebuilt() throws {
        try requireDictionaries()
        let cache = temporaryDirectory()
        _ = HunspellLexicon(directory: dictionaries, cacheDirectory: cache).knows("закон", language: "ru")
        let table = try XCTUnwrap(FileManager.default.contentsOfDirectory(atPath: cache).first { $0.hasPrefix("ru_RU-") })
        // A torn write: the right name, half the bytes.
        let path = "\(cache)/\(table)"
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        try bytes.prefix(bytes.count / 2).write(to: URL(fileURLWithPath: path))
        let lexicon = HunspellLexicon(directory: dictionaries, cacheDirectory: cache)
        XCTAssertEqual(lexicon.knows("закона", language: "ru"), true)
        XCTAssertEqual(lexicon.knows("законаа", language: "ru"), false)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)).count, bytes.count, "rebuilt in full")
    }

    func testUnwritableCacheDirectoryStillAnswers() throws {
        try requireDictionaries()
        let lexicon = HunspellLexicon(directory: dictionaries, cacheDirectory: "/proc/lexcyr-cannot-write-here")
        XCTAssertEqual(lexicon.knows("государства", language: "ru"), true)
        XCTAssertEqual(lexicon.knows("государстваы", language: "ru"), false)
    }

    func testWordsOutsideTheCompactSubsetAreLeftToHunspell() throws {
        try requireDictionaries()
        let compact = HunspellLexicon(directory: dictionaries, cacheDirectory: temporaryDirectory())
        let hunspell = HunspellLexicon(directory: dictionaries, cacheDirectory: nil, compact: false)
        // Capitals, hyphens (Hunspell splits at them), letters of other scripts.
        for word in ["Москва", "ЗАКОН", "кто-то", "социально-экономический", "ελληνικά", "Закон"] {
            XCTAssertEqual(compact.knows(word, language: "ru"), hunspell.knows(word, language: "ru"), word)
        }
    }
}
