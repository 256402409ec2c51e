import Foundation
import LexCyr
import XCTest

/// What `lexcyr lint` writes: SARIF for CI, fixes applied to the input's own bytes, a unified
/// diff, exit statuses.
final class LintOutputTests: XCTestCase {
    private let mixedStyle = Corpus.root.appendingPathComponent("Corpus/lint/kz-maslikhat-powers.txt").path

    // MARK: SARIF

    func testSARIFHasTheShapeCISystemsRead() throws {
        let rules = CitationLinter.rules.map { SARIFEncoder.Rule(id: $0.code, summary: $0.summary, level: $0.severity) }
        let results = Corpus.seed.diagnostics.map { (path: "Corpus/seed/kz president.txt", diagnostic: $0) }
        let bytes = SARIFEncoder(rules: rules, version: "0.1.0").encode(results)
        let log = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        XCTAssertEqual(log["version"] as? String, "2.1.0")
        XCTAssertEqual(log["$schema"] as? String, "https://json.schemastore.org/sarif-2.1.0.json")
        let run = try XCTUnwrap((log["runs"] as? [[String: Any]])?.first)
        let driver = try XCTUnwrap((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        XCTAssertEqual(driver["name"] as? String, "lexcyr")
        let ruleIDs = try XCTUnwrap(driver["rules"] as? [[String: Any]]).compactMap { $0["id"] as? String }
        XCTAssertEqual(ruleIDs, CitationLinter.rules.map(\.code))
        XCTAssertEqual(run["columnKind"] as? String, "unicodeCodePoints")
        let sarifResults = try XCTUnwrap(run["results"] as? [[String: Any]])
        XCTAssertEqual(sarifResults.count, Corpus.seed.diagnostics.count)
        for (r, d) in zip(sarifResults, Corpus.seed.diagnostics) {
            XCTAssertEqual(r["ruleId"] as? String, d.code)
            XCTAssertEqual(r["level"] as? String, d.severity.rawValue)
            XCTAssertEqual(ruleIDs[try XCTUnwrap(r["ruleIndex"] as? Int)], d.code)
            XCTAssertEqual((r["message"] as? [String: Any])?["text"] as? String, d.message)
            let location = try XCTUnwrap((r["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
            XCTAssertEqual((location["artifactLocation"] as? [String: Any])?["uri"] as? String, "Corpus/seed/kz%20president.txt")
            let region = try XCTUnwrap(location["region"] as? [String: Any])
            XCTAssertEqual(region["startLine"] as? Int, d.line)
            XCTAssertEqual(region["startColumn"] as? Int, d.column)
        }
    }

    // MARK: Fixes

    func testFixesEditTheInputBytesAtTheirOriginsOnly() throws {
        let raw = try InputLoader().read(path: mixedStyle)
        let document = try Corpus.pipeline().process(raw)
        let fixes = document.diagnostics.compactMap(\.fix)
        XCTAssertEqual(fixes.map(\.replacement), ["№", "года"])   // N 339 in footnote 10, `2011 г.` in footnote 15
        XCTAssertTrue(fixes.allSatisfy { $0.source != nil })
        let (fixed, applied) = try FixApplier.apply(fixes, to: raw.bytes, encoding: "UTF-8", path: raw.path)
        XCTAssertEqual(applied, 2)
        let before = String(decoding: raw.bytes, as: UTF8.self), after = String(decoding: fixed, as: UTF8.self)
        XCTAssertEqual(after, before.replacingOccurrences(of: "2007 года N 339", with: "2007 года № 339")
                                    .replacingOccurrences(of: "19 мая 2011 г. №", with: "19 мая 2011 года №"))
        // Linting the fixed text finds no style slips left.
        let again = try Corpus.pipeline().process(text: after, path: "fixed.txt")
        XCTAssertFalse(again.diagnostics.contains { $0.code == "inconsistent-style" })
    }

    func testFixesKeepTheBOMAndLineEndingsAndRefuseOtherEncodings() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Указ N 1\r\nёж N 2\r\n".utf8)
        let fix = { (at: Int) in Diagnostic.Fix(span: Span(start: 0, end: 1), replacement: "№", source: Span(start: at, end: at + 1)) }
        let (out, applied) = try FixApplier.apply([fix(5), fix(13), fix(13)], to: bytes, encoding: "UTF-8", path: "a.txt")
        XCTAssertEqual(applied, 2, "a fix overlapping another is skipped")
        XCTAssertEqual(out, [0xEF, 0xBB, 0xBF] + Array("Указ № 1\r\nёж № 2\r\n".utf8))
        XCTAssertThrowsError(try FixApplier.apply([fix(5)], to: bytes, encoding: "windows-1251", path: "a.txt")) { error in
            XCTAssertTrue("\(error)".contains("iconv"), "\(error)")
        }
    }

    func testUnifiedDiffMatchesDiffU() throws {
        let old = (1...12).map { "строка \($0)" }.joined(separator: "\n") + "\n"
        let new = old.replacingOccurrences(of: "строка 2\n", with: "строка два\n").replacingOccurrences(of: "строка 11\n", with: "")
        let diff = UnifiedDiff.render(old: old, new: new, oldName: "a.txt", newName: "a.fixed.txt")
        XCTAssertEqual(diff, """
        --- a.txt
        +++ a.fixed.txt
        @@ -1,5 +1,5 @@
         строка 1
        -строка 2
        +строка два
         строка 3
         строка 4
         строка 5
        @@ -8,5 +8,4 @@
         строка 8
         строка 9
         строка 10
        -строка 11
         строка 12

        """)
        XCTAssertEqual(UnifiedDiff.render(old: old, new: old, oldName: "a", newName: "b"), "")
        XCTAssertEqual(UnifiedDiff.render(old: "a", new: "b", oldName: "x", newName: "y"),
                       "--- x\n+++ y\n@@ -1 +1 @@\n-a\n\\ No newline at end of file\n+b\n\\ No newline at end of file\n")
    }

    // MARK: Command line

    private func lexcyr(_ arguments: [String]) throws -> (status: Int32, out: String) {
        let binary = Corpus.root.appendingPathComponent(".build/debug/lexcyr")
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: binary.path), "build the lexcyr tool first (swift build)")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    func testExitStatusAndFormats() throws {
        let (status, text) = try lexcyr(["lint", "--today", "2023-12-31", Corpus.seedPath])
        XCTAssertEqual(status, 1)
        XCTAssertTrue(text.hasPrefix("\(Corpus.seedPath):92:16: error: footnote marker 1 has no footnote text [missing-footnote]\n"), text)
        let (_, json) = try lexcyr(["lint", "--format", "json", "--today", "2023-12-31", Corpus.seedPath, mixedStyle])
        let lines = json.split(separator: "\n")
        XCTAssertEqual(lines.count, 2)
        let first = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        XCTAssertEqual((first["source"] as? [String: Any])?["path"] as? String, Corpus.seedPath)
        XCTAssertEqual((first["diagnostics"] as? [Any])?.count, Corpus.seed.diagnostics.count)
        XCTAssertEqual(try lexcyr(["lint", "--today", "31.12.2023", Corpus.seedPath]).status, 2)
        XCTAssertEqual(try lexcyr(["lint", "no/such/file.txt"]).status, 2)
    }

    func testWarningsFailOnlyWithWerrorAndFixWritesACopy() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lexcyr-lint-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("note.txt")
        try "Текст закона1 и указа2.\n\n1  Указ от 4 июня 2007 года N 339 «О порядке».\n2  Указ от 6 июня 2006 года № 130 «О выборах».\n3  Указ от 8 июля 2005 года № 1613 «Об изменении».\n"
            .write(to: input, atomically: true, encoding: .utf8)
        XCTAssertEqual(try lexcyr(["lint", input.path]).status, 0, "an orphan footnote and a style note are not errors")
        XCTAssertEqual(try lexcyr(["lint", "--werror", input.path]).status, 1)
        let (status, out) = try lexcyr(["lint", "--fix", input.path])
        XCTAssertEqual(status, 0)
        XCTAssertTrue(out.contains("-1  Указ от 4 июня 2007 года N 339 «О порядке».\n+1  Указ от 4 июня 2007 года № 339 «О порядке».\n"), out)
        let copy = try String(contentsOf: dir.appendingPathComponent("note.fixed.txt"), encoding: .utf8)
        XCTAssertTrue(copy.contains("года № 339"))
        XCTAssertTrue(try String(contentsOf: input, encoding: .utf8).contains("N 339"), "the input is left alone without --in-place")
    }
}
