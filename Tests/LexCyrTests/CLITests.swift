import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest

/// The `lexcyr` command line, run as a user would run it.
final class CLITests: XCTestCase {
    /// The `lexcyr` binary built next to the test bundle.
    private var binary: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("lexcyr")
    }

    private func run(_ arguments: [String], stdin: String? = nil) throws -> (status: Int32, out: String, err: String) {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: binary.path), "lexcyr not built next to the tests")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    func testEveryHelpShowsAnExample() throws {
        for command in [["--help"], ["extract", "--help"], ["lint", "--help"], ["score", "--help"]] {
            let r = try run(command)
            XCTAssertEqual(r.status, 0, command.joined(separator: " "))
            XCTAssertTrue(r.out.contains("Examples:"), "\(command) has no example")
            XCTAssertTrue(r.out.contains("lexcyr "), "\(command) example does not show a call")
        }
    }

    func testExtractPrintsOneValidDocumentPerInputAsJSONLines() throws {
        let other = Corpus.seedPath.replacingOccurrences(of: "/seed/", with: "/seed/../seed/")
        let r = try run(["extract", Corpus.seedPath, other, Corpus.seedPath])
        XCTAssertEqual(r.status, 0, r.err)
        let lines = r.out.split(separator: "\n")
        XCTAssertEqual(lines.count, 2, "a path given twice is processed once")
        for line in lines {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            XCTAssertEqual(object?["schema"] as? String, "lexcyr/1")
        }
    }

    func testBadInputsGetOneLineErrorsAndTheRestIsStillProcessed() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lexcyr-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let binaryFile = dir.appendingPathComponent("binary.txt").path
        FileManager.default.createFile(atPath: binaryFile, contents: Data([0, 1, 2, 3, 0xFF, 0xD8]))
        let invalid = dir.appendingPathComponent("invalid.txt").path
        FileManager.default.createFile(atPath: invalid, contents: Data([0x41, 0xC3, 0x28, 0x42]))
        let missing = dir.appendingPathComponent("missing.txt").path
        let r = try run(["extract", "--format", "jsonl", missing, binaryFile, Corpus.seedPath, invalid, dir.path + "/nope/"])
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.out.split(separator: "\n").count, 1, "the good file is still processed")
        let errors = r.err.split(separator: "\n").filter { $0.contains("error:") }
        XCTAssertEqual(errors.count, 4, r.err)
        for path in [missing, binaryFile, invalid] {
            XCTAssertEqual(errors.filter { $0.contains(path) }.count, 1, "no one-line error for \(path)")
        }
        XCTAssertTrue(r.err.contains("1 processed, 0 skipped, 4 failed"), r.err)
    }

    func testSingleBadInputExitsNonZeroWithOneLine() throws {
        let r = try run(["extract", "/nonexistent/article.txt"])
        XCTAssertNotEqual(r.status, 0)
        XCTAssertEqual(r.err.split(separator: "\n").count, 1, r.err)
        XCTAssertTrue(r.err.contains("/nonexistent/article.txt"))
    }

    func testStdinJSONLinesMapperKeepsOneLinePerRecord() throws {
        let input = """
        {"path": "a", "text": "Указ Президента Республики Казахстан от 8 июня 2022 года № 912."}
        not json
        "Закон от 23 января 2001 года № 148"
        """
        let r = try run(["extract", "--stdin-jsonl"], stdin: input + "\n")
        XCTAssertEqual(r.status, 0)
        let lines = r.out.split(separator: "\n").map { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        XCTAssertEqual(lines.count, 3)
        XCTAssertEqual(lines[0]?["schema"] as? String, "lexcyr/1")
        XCTAssertEqual(lines[1]?["schema"] as? String, "lexcyr/1-error")
        XCTAssertEqual(lines[2]?["schema"] as? String, "lexcyr/1")
    }

    func testExportsCSVAndAkomaNtoso() throws {
        let csv = try run(["extract", "--format", "csv", "--table", "dates", Corpus.seedPath])
        XCTAssertEqual(csv.status, 0)
        XCTAssertTrue(csv.out.hasPrefix("path,value,until,precision,role,footnote,start,end,text\r\n"))
        let xml = try run(["extract", "--format", "xml", Corpus.seedPath])
        XCTAssertEqual(xml.status, 0)
        XCTAssertTrue(xml.out.contains("<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">"))
        XCTAssertTrue(XMLParser(data: Data(xml.out.utf8)).parse(), "not well-formed XML")
    }
}
