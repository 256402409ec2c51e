import Foundation
import LexCyr
import LexCyrEval
import XCTest

/// Reading PDFs through poppler's XML: the typeset corpus (Corpus/typeset/) in its PDF and
/// XML forms gives the article's text without running heads or page numbers, in reading
/// order, with every footnote split off and linked to its marker.
final class PdfReaderTests: XCTestCase {
    private static let typeset = "\(Corpus.directory)/typeset"

    private func document(_ name: String) throws -> Document {
        try Corpus.pipeline().process(path: "\(Self.typeset)/\(name)")
    }

    private func gold(_ name: String) throws -> Gold {
        let data = try Data(contentsOf: URL(fileURLWithPath: "\(Self.typeset)/\(name)"))
        return try JSONDecoder().decode(Gold.self, from: data)
    }

    func testTwoColumnPdfReadsAsTheSourceText() throws {
        let d = try document("ru-2col-president-local-bodies.pdf")
        let g = try gold("ru-2col-president-local-bodies.pdf.gold.json")
        XCTAssertEqual(d.source.format, .pdf)
        XCTAssertLessThanOrEqual(WordErrorRate.compute(hypothesis: d.text, reference: g.bodyText!).rate, 0.003)
        XCTAssertEqual(d.footnotes.map(\.id), Array(1...32))
        XCTAssertTrue(d.footnotes.allSatisfy { $0.marker != nil })
    }

    func testRunningHeadsAndPageNumbersAreDropped() throws {
        let d = try document("ru-2col-president-local-bodies.pdf")
        XCTAssertFalse(d.text.contains("Вестник Института законодательства и правовой информации РК"))
        XCTAssertFalse(d.text.contains("Конституционное и административное право"))
        // Page numbers 27–32 stood alone at the foot of each page.
        XCTAssertFalse(d.text.split(separator: "\n").contains { Int($0) != nil })
    }

    func testColumnsAreReadLeftThenRight() throws {
        let d = try document("ru-2col-president-local-bodies.pdf")
        // The first section ends at the foot of the left column and goes on at the top of the right one.
        let a = try XCTUnwrap(d.text.range(of: "Согласно Конституции, Казахстан является унитарным государствам"))
        let b = try XCTUnwrap(d.text.range(of: "Материалами для данной работы стали результаты исследования"))
        XCTAssertLessThan(a.lowerBound, b.lowerBound)
    }

    func testFootnoteBrokenOverColumnsIsWhole() throws {
        let d = try document("ru-2col-president-local-bodies.pdf")
        let g = try gold("ru-2col-president-local-bodies.pdf.gold.json")
        // Footnote 11 starts at the foot of one column and ends at the foot of the next.
        XCTAssertEqual(d.footnote(11)?.text, g.footnoteTexts?["11"])
        XCTAssertFalse(d.text.contains("U2200000912"))
    }

    func testPopplerXMLGivesTheSameDocumentAsThePdf() throws {
        for name in ["kk-1col-local-self-government", "ru-a5-administrative-procedure", "ru-multicol-constitutional-court"] {
            let pdf = try document("\(name).pdf"), xml = try document("\(name).xml")
            XCTAssertEqual(xml.source.format, .pdfxml)
            XCTAssertEqual(pdf.text, xml.text, name)
            XCTAssertEqual(pdf.footnotes, xml.footnotes, name)
        }
    }

    func testFootnoteNumbersAtLineStartsAreNotNewFootnotes() throws {
        // Footnote 16 goes on with "23 июня 2001 года…" at the start of a line; 23 is a later note.
        let d = try document("ru-2col-president-local-bodies.xml")
        XCTAssertTrue(try XCTUnwrap(d.footnote(16)).text.contains("23 июня 2001 года № 633"))
        XCTAssertTrue(try XCTUnwrap(d.footnote(23)).text.hasPrefix("См.: Указ Президента"))
    }

    func testMissingPopplerSaysWhichPackageToInstall() throws {
        let loader = InputLoader(poppler: PopplerRunner(searchPath: ["/nonexistent"]))
        let input = try loader.read(path: "\(Self.typeset)/ru-a5-administrative-procedure.pdf")
        XCTAssertThrowsError(try loader.load(input)) { error in
            XCTAssertEqual(error as? LexCyrError, .missingTool(tool: "pdftohtml", debianPackage: "poppler-utils"))
            XCTAssertTrue("\(error)".contains("apt-get install poppler-utils"))
        }
    }

    func testBrokenPdfIsReportedWithPopplersMessage() {
        let input = RawInput(path: "broken.pdf", bytes: Array("%PDF-1.7\nnot really a PDF\n".utf8))
        XCTAssertThrowsError(try InputLoader().load(input)) { error in
            guard case LexCyrError.toolFailed(let path, let tool, _, let stderr) = error else {
                return XCTFail("expected toolFailed, got \(error)")
            }
            XCTAssertEqual(path, "broken.pdf")
            XCTAssertEqual(tool, "pdftohtml")
            XCTAssertTrue(stderr.contains("Error"), stderr)
        }
    }

    func testPopplerThatHangsIsStopped() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lexcyr-hang-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let tool = dir.appendingPathComponent("pdftohtml")
        try "#!/bin/sh\nexec sleep 30\n".write(to: tool, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: tool.path)
        let loader = InputLoader(poppler: PopplerRunner(searchPath: [dir.path], timeout: 1))
        let start = Date()
        XCTAssertThrowsError(try loader.load(RawInput(path: "slow.pdf", bytes: Array("%PDF-1.4\n".utf8)))) { error in
            XCTAssertTrue("\(error)".contains("stopped after 1 s"), "\(error)")
        }
        XCTAssertLessThan(Date().timeIntervalSince(start), 5)
    }

    func testPdfIsRecognisedByContentWhateverItsName() throws {
        let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: "\(Self.typeset)/ru-a5-administrative-procedure.pdf")))
        XCTAssertEqual(FormatSniffer.sniff(bytes, path: "article.txt"), .pdf)
        let xml = try Array(Data(contentsOf: URL(fileURLWithPath: "\(Self.typeset)/ru-a5-administrative-procedure.xml")))
        XCTAssertEqual(FormatSniffer.sniff(xml, path: "-"), .pdfxml)
        XCTAssertEqual(FormatSniffer.sniff(Array(Corpus.seedText.utf8), path: "seed.html"), .text)
    }
}
