import LexCyrIngest
import LexCyrUnicode
import XCTest

/// The ICU facade: word breaks, normalisation, charset detection.
final class UnicodeTests: XCTestCase {
    func testWordBreaksOnRussianKazakhAndEnglish() throws {
        let tokenizer = try Tokenizer(locale: "ru")
        let text = "Указом Президента от 23.06.2001 № 633; Мемлекет басшысы, head of state."
        let scalars = Array(text.unicodeScalars)
        let words = tokenizer.tokenize(scalars).filter(\.isWordLike).map {
            String(String.UnicodeScalarView(scalars[$0.start..<$0.end]))
        }
        XCTAssertEqual(words, ["Указом", "Президента", "от", "23.06.2001", "633", "Мемлекет", "басшысы", "head", "of", "state"])
    }

    func testTokensTileTheInputWithScalarOffsets() throws {
        let tokenizer = try Tokenizer(locale: "kk")
        let text = "Әділет 😀 сайт"
        let tokens = tokenizer.tokenize(text)
        XCTAssertEqual(tokens.first?.start, 0)
        XCTAssertEqual(tokens.last?.end, text.unicodeScalars.count)
        for (a, b) in zip(tokens, tokens.dropFirst()) { XCTAssertEqual(a.end, b.start) }
    }

    func testNFCComposesDecomposedCyrillic() {
        let decomposed: [Unicode.Scalar] = ["и", "\u{0306}"]
        XCTAssertEqual(Normalizer.nfc(decomposed), ["й"])
    }

    func testSeedDecodesIdenticallyFromLegacyEncodings() throws {
        let text = Corpus.seedText
        for (name, encoding) in [("windows-1251", String.Encoding.windowsCP1251), ("UTF-16", .utf16)] {
            // Kazakh letters do not exist in cp1251; compare on the Russian part only there.
            let sample = name == "windows-1251" ? String(text.split(separator: "\n").prefix(20).joined(separator: "\n")) : text
            let data = try XCTUnwrap(sample.data(using: encoding), name)
            let (scalars, detected) = try TextDecoder.decode([UInt8](data), path: name)
            XCTAssertEqual(String(String.UnicodeScalarView(scalars)), sample, name)
            XCTAssertEqual(detected.lowercased().hasPrefix(name == "UTF-16" ? "utf-16" : "windows-1251"), true, detected)
        }
    }
}
