import LexCyr
import LexCyrEval
import XCTest

/// The readers' "done" figures on the corpus: every gold file whose document is a PDF,
/// poppler XML or HTML page gives a body word error rate of at most 0.3 % and all its
/// footnotes, each linked to its marker.
final class ReaderCorpusTests: XCTestCase {
    func testStructuredFormsMeetTheirTargets() throws {
        let entries = try CorpusRunner(root: Corpus.directory).entries().filter { entry in
            [".pdf", ".xml", ".html"].contains { entry.documentPath.hasSuffix($0) }
        }
        XCTAssertGreaterThanOrEqual(entries.count, 10)
        let pipeline = Corpus.pipeline()
        for entry in entries {
            guard let gold = entry.gold, let body = gold.bodyText else { continue }
            let d = try pipeline.process(path: entry.documentPath)
            let wer = WordErrorRate.compute(hypothesis: d.text, reference: body)
            XCTAssertLessThanOrEqual(wer.rate, 0.003, "\(entry.name): \(wer.errors)/\(wer.words) words wrong")
            if let expected = gold.footnotes?.present {
                XCTAssertEqual(d.footnotes.map(\.id), expected, entry.name)
                XCTAssertEqual(d.footnotes.filter { $0.marker == nil }.map(\.id), [], "\(entry.name): footnotes without a marker")
            }
        }
    }
}
