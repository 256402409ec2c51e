import Foundation
import LexCyr
import LexCyrUnicode
import XCTest

/// Inputs the fuzzers (tools/fuzz.sh) once crashed on, replayed through the same calls as the
/// fuzz targets: each must now run to the end with every span inside its text.
final class FuzzRegressionTests: XCTestCase {
    private func inputs() throws -> [(String, [UInt8])] {
        let dir = Corpus.fixtures + "/fuzz-regressions"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        return try names.sorted().filter { !$0.hasPrefix(".") }.map { name in
            (name, [UInt8](try Data(contentsOf: URL(fileURLWithPath: dir + "/" + name))))
        }
    }

    func testThereAreRegressionInputs() throws {
        XCTAssertFalse(try inputs().isEmpty, "Fixtures/fuzz-regressions holds the fuzzers' past findings")
    }

    func testExtractorsSurviveEveryRegressionInput() throws {
        let tokenizer = try Tokenizer(locale: "ru")
        for (name, bytes) in try inputs() {
            let text = String(decoding: bytes, as: UTF8.self)
            let body = TextUnit(text, footnote: nil, tokenizer: tokenizer)
            let note = TextUnit(text, footnote: 1, tokenizer: tokenizer)
            let n = body.scalars.count
            for d in DateExtractor().extract(body) + DateExtractor().extract(note) {
                XCTAssertTrue(0 <= d.start && d.start <= d.end && d.end <= n, name)
            }
            let acts = ActExtractor().extract(body: body, footnotes: [note], markers: [MarkerPosition(id: 1, offset: n / 2)])
            for a in acts { XCTAssertTrue(0 <= a.start && a.start <= a.end && a.end <= n, name) }
            for p in PowerExtractor().extract(body: body, acts: acts, markers: []) {
                XCTAssertTrue(0 <= p.start && p.start <= p.end && p.end <= n, name)
            }
        }
    }

    func testPipelineSurvivesEveryRegressionInput() throws {
        let pipeline = Corpus.pipeline()
        for (name, bytes) in try inputs() {
            if let document = try? pipeline.process(RawInput(path: name, bytes: bytes)) {
                XCTAssertFalse(DocumentEncoder().encode(document).isEmpty, name)
            }
        }
    }
}
