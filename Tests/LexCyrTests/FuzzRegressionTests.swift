import Foundation
import LexCyr
import LexCyrFuzzTargets
import LexCyrUnicode
import XCTest

/// Inputs the fuzzers (tools/fuzz.sh) once stopped on, replayed through every fuzz target's code
/// (the same ``FuzzHarness`` the libFuzzer executables run): each must now run to the end and
/// keep every promise of the output contract the harness checks.
final class FuzzRegressionTests: XCTestCase {
    private func inputs() throws -> [(String, [UInt8])] {
        let dir = Corpus.fixtures + "/fuzz-regressions"
        let names = try FileManager.default.contentsOfDirectory(atPath: dir)
        return try names.sorted().filter { !$0.hasPrefix(".") }.map { name in
            (name, [UInt8](try Data(contentsOf: URL(fileURLWithPath: dir + "/" + name))))
        }
    }

    func testThereAreRegressionInputs() throws {
        XCTAssertFalse(try inputs().isEmpty, "Fixtures/fuzz-regressions holds the fuzzers' past findings")
    }

    func testEveryTargetSurvivesEveryRegressionInput() throws {
        let harness = FuzzHarness()
        for (name, bytes) in try inputs() {
            for target in FuzzTarget.allCases {
                XCTAssertNoThrow(try bytes.withUnsafeBufferPointer { try harness.run(target, $0) }, "\(name) through \(target)")
            }
        }
    }

    /// FuzzPowers: two entity mentions that overlap (`думая думу`, read as forms of `Дума`,
    /// after an office) once made the shared-office rule form a range backwards.
    func testOverlappingMentionsAfterAnOfficeDoNotStopThePowerExtractor() throws {
        let tokenizer = try Tokenizer(locale: "ru")
        let body = TextUnit("Председатель думая думу о реформе подписал указ.", tokenizer: tokenizer)
        for p in PowerExtractor().extract(body: body, acts: [], markers: []) {
            XCTAssertNoThrow(try Invariants.record(p.text, p.start, p.end, in: body.scalars, "power"))
        }
    }

    /// FuzzLint (through the act extractor): a footnote cut off right after `Конституция (`
    /// once made the name-note rule read the empty inside of the unclosed parenthesis.
    func testACitationCutOffAfterAnOpeningParenthesisIsRead() throws {
        let tokenizer = try Tokenizer(locale: "ru")
        for cut in ["Конституция (", "Конституция Республики Казахстан от 30 августа 1995 г. ("] {
            let note = TextUnit(cut, footnote: 1, tokenizer: tokenizer)
            let acts = ActExtractor().extract(body: TextUnit("Текст.", tokenizer: tokenizer), footnotes: [note], markers: [])
            for a in acts { XCTAssertNoThrow(try Invariants.record(a.text, a.start, a.end, in: note.scalars, "act")) }
        }
    }

    /// FuzzPdfXML: a `width` of 85 digits (and other numbers too large for a page, or not
    /// finite) once crashed the layout analysis, which counts positions on integer grids. Such
    /// numbers are read as absent and the text still comes through.
    func testCoordinatesTooLargeForAPageAreReadAsAbsent() throws {
        for bad in [String(repeating: "5", count: 85), "1e300", "inf", "nan", "-1e12"] {
            let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <pdf2xml><page number="1" position="absolute" top="0" left="0" height="\(bad)" width="892">
            <fontspec id="0" size="\(bad)" family="Times" color="#000000"/>
            <text top="100" left="\(bad)" width="\(bad)" height="17" font="0">Закон о местном управлении</text>
            <text top="\(bad)" left="90" width="300" height="17" font="0">принят в 2001 году.</text>
            </page></pdf2xml>
            """
            let source = try InputLoader().load(RawInput(path: "page.xml", bytes: Array(xml.utf8)))
            let text = String(String.UnicodeScalarView(source.scalars))
            XCTAssertTrue(text.contains("Закон о местном управлении"), "\(bad): \(text)")
            XCTAssertTrue(text.contains("принят в 2001 году."), "\(bad): \(text)")
        }
    }

    /// The harness is not vacuous: a record whose text is not its span's slice is reported.
    func testTheHarnessReportsABrokenSpan() {
        XCTAssertThrowsError(try Invariants.record("закон", 0, 3, in: Array("закон".unicodeScalars), "act"))
        XCTAssertNoThrow(try Invariants.record("зак", 0, 3, in: Array("закон".unicodeScalars), "act"))
    }

    /// Seeds for the extractor targets read as the cleaner's output: body, markers, footnotes.
    func testExtractorInputReadsBodyMarkersAndFootnotes() {
        let bytes = Array("Закон\u{01} принят.\u{0C}Закон РК от 1 мая 2020 г.\u{0C}Там же.".utf8)
        let input = bytes.withUnsafeBufferPointer { ExtractorInput($0) }
        XCTAssertEqual(String(String.UnicodeScalarView(input.body)), "Закон принят.")
        XCTAssertEqual(input.markers, [MarkerPosition(id: 1, offset: 5)])
        XCTAssertEqual(input.notes.map { String(String.UnicodeScalarView($0)) }, ["Закон РК от 1 мая 2020 г.", "Там же."])
    }
}
