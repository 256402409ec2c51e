import Foundation
import LexCyr
import LexCyrUnicode
import XCTest

/// Text in UTF-16, Windows-1251 or KOI8-R gives the same document as in UTF-8
/// (Fixtures/encodings/, written by tools/make_encoding_fixtures.py from the seed).
final class EncodingTests: XCTestCase {
    private let pipeline = Corpus.pipeline()

    private func document(_ name: String, encoding: String? = nil) throws -> Document {
        let pipeline = encoding == nil ? pipeline : try Pipeline(options: .init(encoding: encoding, today: "2023-12-31"))
        return try pipeline.process(path: "\(Corpus.fixtures)/encodings/\(name)")
    }

    /// `d` with the fields that depend on the bytes (not the text) set as in `reference`.
    private func sameBytes(_ d: Document, as reference: Document) -> Document {
        var d = d
        d.source.sha256 = reference.source.sha256
        d.source.encoding = reference.source.encoding
        d.source.path = reference.source.path
        return d
    }

    func testWholeSeedInUTF16GivesTheSameDocument() throws {
        let utf8 = try Corpus.pipeline().process(path: Corpus.seedPath)
        for (name, encoding) in [("seed.utf16le.txt", "UTF-16LE"), ("seed.utf16be.txt", "UTF-16BE"), ("seed.utf8bom.txt", "UTF-8")] {
            let d = try document(name)
            XCTAssertEqual(d.source.encoding, encoding)
            XCTAssertEqual(sameBytes(d, as: utf8), utf8, name)
        }
    }

    func testRussianTextInWindows1251GivesTheSameDocument() throws {
        let utf8 = try document("ru-only.utf8.txt")
        let cp1251 = try document("ru-only.cp1251.txt")
        XCTAssertEqual(cp1251.source.encoding, "windows-1251")
        XCTAssertEqual(sameBytes(cp1251, as: utf8), utf8)
        XCTAssertEqual(cp1251.footnotes.count, 26)
    }

    func testRussianTextInKOI8RGivesTheSameDocument() throws {
        let utf8 = try document("ru-koi8.utf8.txt")
        let koi8 = try document("ru-koi8.koi8r.txt")
        XCTAssertEqual(koi8.source.encoding, "KOI8-R")
        XCTAssertEqual(sameBytes(koi8, as: utf8), utf8)
    }

    func testOneSentenceIsEnoughToTellTheCharsets() throws {
        let expected = try document("short.utf8.txt").text
        XCTAssertEqual(try document("short.cp1251.txt").source.encoding, "windows-1251")
        XCTAssertEqual(try document("short.koi8r.txt").source.encoding, "KOI8-R")
        XCTAssertEqual(try document("short.cp1251.txt").text, expected)
        XCTAssertEqual(try document("short.koi8r.txt").text, expected)
    }

    func testAWordOrTwoAreEnoughToTellTheCharsets() throws {
        // ICU's detector answers UTF-16BE for these; letter frequencies and case decide.
        for text in ["Аким", "АКИМ", "ст. 5 Закона", "Указ Президента"] {
            let cp1251 = try XCTUnwrap(Charset.encode(text, charset: "windows-1251"))
            let koi8 = try XCTUnwrap(Charset.encode(text, charset: "KOI8-R"))
            XCTAssertEqual(try pipeline.process(RawInput(path: "a.txt", bytes: cp1251)).text, text)
            XCTAssertEqual(try pipeline.process(RawInput(path: "b.txt", bytes: koi8)).text, text)
        }
    }

    func testEncodingOptionOverridesDetection() throws {
        // Read as KOI8-R on purpose, the Windows-1251 text becomes gibberish but is read.
        let forced = try document("short.cp1251.txt", encoding: "KOI8-R")
        XCTAssertEqual(forced.source.encoding, "KOI8-R")
        XCTAssertNotEqual(forced.text, try document("short.utf8.txt").text)
    }

    func testWesternTextIsNotTakenForCyrillic() throws {
        // Latin-1 is not a charset LexCyr reads: the file is refused as invalid UTF-8.
        let latin1: [UInt8] = Array("Die Stra".utf8) + [0xDF] + Array("e ist sch".utf8) + [0xF6] + Array("n.".utf8)
        XCTAssertThrowsError(try pipeline.process(RawInput(path: "de.txt", bytes: latin1))) { error in
            guard case LexCyrError.invalidEncoding(_, let encoding, _) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(encoding, "UTF-8")
        }
    }

    func testUTF8WithABadByteIsNotTakenForALegacyCharset() throws {
        // The seed's first line with one byte broken: UTF-8 with an error, not Windows-1251 mojibake.
        var bytes = Array(Corpus.seedText.split(separator: "\n")[0].utf8)
        bytes[10] = 0xFF
        XCTAssertThrowsError(try pipeline.process(RawInput(path: "broken.txt", bytes: bytes))) { error in
            guard case LexCyrError.invalidEncoding(_, "UTF-8", let detail) = error else { return XCTFail("\(error)") }
            XCTAssertTrue(detail.contains("offset"), detail)
        }
    }
}

extension Charset {
    /// `text` in `charset`, for tests (Python-free fixtures of a few words).
    static func encode(_ text: String, charset: String) -> [UInt8]? {
        // Every Windows-1251 / KOI8-R byte ≥ 0x80 decodes to one scalar: invert the table.
        var table = [Unicode.Scalar: UInt8]()
        for b in UInt8(0x80)...UInt8(0xFF) {
            if let (s, invalid) = try? decode([b], charset: charset), invalid == 0, s.count == 1 { table[s[0]] = b }
        }
        var out = [UInt8]()
        for s in text.unicodeScalars {
            if s.isASCII { out.append(UInt8(s.value)) } else if let b = table[s] { out.append(b) } else { return nil }
        }
        return out
    }
}
