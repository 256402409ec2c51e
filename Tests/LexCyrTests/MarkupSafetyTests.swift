import Foundation
@testable import LexCyrIngest
import LexCyr
import XCTest

/// Hostile XML and HTML (Fixtures/malicious/) is refused with a clear error, or parsed in
/// bounded time and memory; nothing is fetched and no file is read.
final class MarkupSafetyTests: XCTestCase {
    private func load(_ name: String) throws -> SourceText {
        let loader = InputLoader()
        return try loader.load(loader.read(path: "\(Corpus.fixtures)/malicious/\(name)"))
    }

    private func assertRefused(_ name: String, saying words: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try load(name), file: file, line: line) { error in
            guard case LexCyrError.malformedMarkup(let path, let detail) = error else {
                return XCTFail("expected malformedMarkup, got \(error)", file: file, line: line)
            }
            XCTAssertTrue(path.hasSuffix(name), file: file, line: line)
            XCTAssertTrue(detail.contains(words), "\(detail)", file: file, line: line)
            XCTAssertTrue((error as! LexCyrError).description.contains(name), file: file, line: line)
        }
    }

    func testExternalEntitiesInPopplerXMLAreRefused() {
        assertRefused("external-entity.xml", saying: "entity declaration")
    }

    func testExternalEntitiesInHTMLAreRefused() {
        assertRefused("external-entity.html", saying: "entity declaration")
    }

    func testBillionLaughsIsRefusedBeforeParsing() {
        assertRefused("billion-laughs.xml", saying: "entity declaration")
    }

    func testTenThousandDeepXMLIsRefused() {
        assertRefused("deep-10000.xml", saying: "nesting deeper than")
    }

    func testTenThousandDeepHTMLIsRefused() {
        assertRefused("deep-10000.html", saying: "nesting deeper than 256")
    }

    func testDepthLimitIsConfigurable() throws {
        let page = Array("<html><body><div><div><div><p>Текст статьи.</p></div></div></div></body></html>".utf8)
        let strict = InputLoader(limits: InputLimits(maxMarkupDepth: 4))
        XCTAssertThrowsError(try strict.load(RawInput(path: "page.html", bytes: page)))
        XCTAssertNoThrow(try InputLoader().load(RawInput(path: "page.html", bytes: page)))
    }

    /// Even without LexCyr's own guard, libxml2 2.9.14 (as configured: no entity substitution,
    /// no DTD loading, no huge mode) does not expand billion laughs.
    func testLibxml2AloneKeepsBillionLaughsBounded() throws {
        let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: "\(Corpus.fixtures)/malicious/billion-laughs.xml")))
        let before = Self.maxResidentKB()
        let start = Date()
        do {
            let document = try MarkupParser.parseXML(bytes, path: "billion-laughs.xml", limits: .default, guarded: false)
            let text = Markup.textContent(document.root!)
            XCTAssertLessThan(text.utf8.count, 1 << 20, "entities were expanded")
        } catch {
            XCTAssertTrue(error.description.contains("billion-laughs.xml"))
        }
        XCTAssertLessThan(Date().timeIntervalSince(start), 5)
        XCTAssertLessThan(Self.maxResidentKB() - before, 200 * 1024, "more than 200 MB used")
    }

    /// The same file, read with external entities: libxml2 must not read /etc/passwd.
    func testLibxml2AloneDoesNotReadExternalEntities() throws {
        let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: "\(Corpus.fixtures)/malicious/external-entity.xml")))
        let document = try MarkupParser.parseXML(bytes, path: "external-entity.xml", limits: .default, guarded: false)
        let text = Markup.textContent(document.root!)
        XCTAssertFalse(text.contains("root:"), "an external entity was read: \(text)")
    }

    func testGuardFindsDeclarationsInUTF16() {
        let xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in xml.utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        XCTAssertNotNil(MarkupGuard.find(utf16, caseSensitive: true))
        XCTAssertNil(MarkupGuard.find(Array("<pdf2xml><text>&lt;!ENTITY</text></pdf2xml>".utf8), caseSensitive: true))
    }

    private static func maxResidentKB() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss
    }
}
