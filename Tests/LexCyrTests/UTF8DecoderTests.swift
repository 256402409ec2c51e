import Foundation
import LexCyrIngest
import XCTest

/// The decoder takes a file for UTF-8 exactly when the standard library calls its bytes
/// well-formed UTF-8, and then yields the same scalars.
final class UTF8DecoderTests: XCTestCase {
    /// Verdict and scalars of `TextDecoder` for `bytes`: `nil` when not read as UTF-8.
    private func decodedAsUTF8(_ bytes: [UInt8]) -> [Unicode.Scalar]? {
        guard let (scalars, encoding) = try? TextDecoder.decode(bytes, path: "test"), encoding == "UTF-8" else { return nil }
        return scalars
    }

    func testCorpusTextWithDamagedBytesIsJudgedAsTheStandardLibraryJudgesIt() throws {
        let text = Array(try String(contentsOfFile: Corpus.seedPath, encoding: .utf8).utf8.prefix(3000))
        var generator = SystemRandomNumberGenerator()
        // Replacement bytes that make every kind of ill-formed sequence: stray continuations,
        // overlong leads, surrogates (ED A0), values past U+10FFFF (F4 90), truncated sequences.
        let damage: [UInt8] = [0x80, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF, 0xA0, 0x90, 0x41]
        for _ in 0..<400 {
            var bytes = Array(text.prefix(Int.random(in: 1...text.count, using: &generator)))
            for _ in 0..<Int.random(in: 0...3, using: &generator) {
                bytes[Int.random(in: 0..<bytes.count, using: &generator)] = damage.randomElement(using: &generator)!
            }
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) || bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { continue }
            let expected = String(validating: bytes, as: UTF8.self).map { Array($0.unicodeScalars) }
            XCTAssertEqual(decodedAsUTF8(bytes), expected, "bytes \(bytes.suffix(8))")
        }
    }

    func testBoundaryScalarsOfEveryLength() {
        for v: UInt32 in [0x7F, 0x80, 0x7FF, 0x800, 0xD7FF, 0xE000, 0xFFFF, 0x10000, 0x10FFFF] {
            let s = String(Unicode.Scalar(v)!)
            XCTAssertEqual(decodedAsUTF8(Array(("a" + s + "b").utf8)), Array(("a" + s + "b").unicodeScalars))
        }
        for bad: [UInt8] in [[0xC0, 0xAF], [0xE0, 0x9F, 0xBF], [0xED, 0xA0, 0x80], [0xF0, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]] {
            XCTAssertNil(decodedAsUTF8([0x61] + bad + [0x62]), "\(bad)")
        }
    }
}
