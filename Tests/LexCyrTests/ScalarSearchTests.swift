import Foundation
import LexCyrCore
import XCTest

/// The vectorised scalar searches the loader and the cleaner use to find line breaks, page
/// breaks and digits must find what a plain scan finds, wherever it lies in the eight-scalar
/// blocks, and the paragraph buffer of the line joiner must keep texts intact.
final class ScalarSearchTests: XCTestCase {
    /// A real article: every line feed and form feed is found, in order, from any start.
    func testFindsEveryLineAndPageBreakOfARealArticle() throws {
        let text = try String(contentsOfFile: "\(Corpus.directory)/typeset/ru-2col-judicial-practice.layout.txt", encoding: .utf8)
        let scalars = Array(text.unicodeScalars)
        for target: Unicode.Scalar in ["\n", "\u{0C}", "№"] {
            let expected = scalars.indices.filter { scalars[$0] == target }
            var found = [Int]()
            scalars.withUnsafeBufferPointer { b in
                var from = 0
                while let i = b.firstIndex(of: target, in: from..<b.count) {
                    found.append(i)
                    from = i + 1
                }
            }
            XCTAssertEqual(found, expected, "searching U+\(String(target.value, radix: 16))")
            XCTAssertFalse(expected.isEmpty)
        }
    }

    /// Each position in and around the eight-scalar blocks, and ranges that stop short of a match.
    func testFindsAMatchAtEveryOffsetAndRespectsTheRange() {
        for length in 0..<20 {
            for at in 0..<max(length, 1) where at < length {
                var scalars = [Unicode.Scalar](repeating: "я", count: length)
                scalars[at] = "7"
                scalars.withUnsafeBufferPointer { b in
                    XCTAssertEqual(b.firstIndex(of: "7", in: 0..<length), at)
                    XCTAssertEqual(b.firstIndex(ofValuesIn: 0x30...0x39, in: 0..<length), at)
                    XCTAssertNil(b.firstIndex(of: "7", in: 0..<at))
                    XCTAssertNil(b.firstIndex(ofValuesIn: 0x30...0x39, in: (at + 1)..<length))
                }
            }
        }
    }

    /// A text built in a reused buffer: the copy kept is the text, and clearing the buffer does
    /// not touch it.
    func testCompactedCopySurvivesTheReusedBuffer() {
        var buffer = MappedText("Указ Президента", origin: 10)
        let kept = buffer.compacted()
        buffer.removeAll(keepingCapacity: true)
        buffer.append("x", origin: -1)
        XCTAssertEqual(kept.string, "Указ Президента")
        XCTAssertEqual(kept.origins.first, 10)
        XCTAssertEqual(kept.origins.last, 24)
        XCTAssertEqual(buffer.string, "x")
    }
}
