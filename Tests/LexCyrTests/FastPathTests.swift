import Foundation
@testable import LexCyrExtract
import LexCyr
import Testing

/// The fast paths written for speed (word-at-a-time scans, hand-rolled tables, in-place
/// decoding) give exactly what the plain standard-library code gives, on real text.
@Suite("Fast paths agree with the plain code")
struct FastPathTests {
    /// A footnote of the seed article, with Cyrillic, Latin, digits and quotes.
    private static let sample = Corpus.seed.footnotes.first { $0.text.count > 80 }?.text ?? Corpus.seedText

    @Test("JSON strings round-trip with an escape at every position of a long run")
    func escapesAtEveryPosition() throws {
        // The writer checks 32 and 8 bytes at a time and jumps to the first byte to escape: put
        // one at each offset of a real sentence, in and around those blocks.
        let base = Array(Self.sample.unicodeScalars.prefix(70))
        for mark in ["\"", "\\", "\n", "\u{01}", "\t"] {
            for at in 0...base.count {
                var scalars = base
                scalars.insert(contentsOf: mark.unicodeScalars, at: at)
                let text = String(String.UnicodeScalarView(scalars))
                var w = JSONWriter()
                w.beginArray(); w.string(text); w.string(text + mark + text); w.endArray()
                let back = try JSONSerialization.jsonObject(with: Data(w.bytes)) as? [String]
                #expect(back == [text, text + mark + text])
            }
        }
    }

    @Test("Keys and short values are written as given")
    func keysAndShortValues() throws {
        var w = JSONWriter()
        w.beginObject()
        w.key("act_id"); w.string("KZ-Z010000148")
        w.key(text: "дата \"обращения\""); w.string("2023-03-13")
        w.beginArray(key: "xs"); w.int(-12); w.int(0); w.int(Int.max); w.endArray()
        w.endObject()
        let back = try JSONSerialization.jsonObject(with: Data(w.bytes)) as? [String: Any]
        #expect(back?["act_id"] as? String == "KZ-Z010000148")
        #expect(back?["дата \"обращения\""] as? String == "2023-03-13")
        #expect(back?["xs"] as? [Int] == [-12, 0, Int.max])
    }

    @Test("Decoding a string's UTF-8 gives its Unicode scalars, all widths")
    func scalarsFromUTF8() {
        for text in [Corpus.seedText, Self.sample, "Ақпан ҰҒҚҢ ᴀ € 𝔸 😀 a", ""] {
            #expect([Unicode.Scalar](unicodeScalarsOf: text) == Array(text.unicodeScalars))
        }
    }

    @Test("The linter gives the same findings from the pipeline's scalars as from the strings")
    func lintFromScalars() {
        let document = Corpus.seed
        let markers = document.footnotes.compactMap { f in f.marker.map { FootnoteMarker(id: f.id, span: $0) } }
        let linter = CitationLinter(today: "2023-12-31")
        let fromStrings = linter.lint(document, markers: markers)
        let fromScalars = linter.lint(document, markers: markers, body: Array(document.text.unicodeScalars),
                                      footnotes: document.footnotes.map { Array($0.text.unicodeScalars) })
        #expect(fromStrings == fromScalars)
        #expect(!fromStrings.isEmpty)
    }

    @Test("Word tables find what a dictionary finds, and nothing else")
    func wordTables() {
        let words = Corpus.seedText.split(whereSeparator: { !$0.isLetter }).map(String.init)
        var reference = [WordKey: Int]()
        for (k, w) in words.prefix(300).enumerated() { reference[WordKey(w)] = k }
        let table = WordKeyTable(reference)
        let set = WordKeySet(reference.keys)
        for w in words {
            let key = WordKey(w)
            #expect(table[key] == reference[key])
            #expect(set.contains(key) == (reference[key] != nil))
        }
    }
}
