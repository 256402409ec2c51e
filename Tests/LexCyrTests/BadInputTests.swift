import Foundation
import LexCyr
import XCTest

/// Bad input gets a clear error for that file, in bounded time and memory; a batch keeps going.
final class BadInputTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("lexcyr-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    private func file(_ name: String, _ bytes: [UInt8]) -> String {
        let url = directory.appendingPathComponent(name)
        FileManager.default.createFile(atPath: url.path, contents: Data(bytes))
        return url.path
    }

    private func error(for path: String, limits: InputLimits = .default) -> LexCyrError? {
        let pipeline = try! Pipeline(options: .init(limits: limits, today: "2023-12-31"))
        do {
            _ = try pipeline.process(path: path)
            return nil
        } catch {
            return error
        }
    }

    func testEmptyAndWhitespaceOnlyFilesAreRefusedAsEmpty() {
        XCTAssertEqual(error(for: file("empty.txt", [])), .emptyInput(path: directory.appendingPathComponent("empty.txt").path))
        let spaces = file("spaces.txt", Array(" \n\t\n  \r\n".utf8))
        XCTAssertEqual(error(for: spaces), .emptyInput(path: spaces))
    }

    func testBinaryInputsAreRefusedNamingTheFile() {
        var generator = SeededGenerator(seed: 42)
        let random = file("random.txt", (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) })
        let png = file("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 0, count: 64))
        let nul = file("nul.txt", Array("Закон\u{0}Указ".utf8))
        for path in [random, png, nul] {
            guard case .binaryInput(let p, _)? = error(for: path) else { return XCTFail("\(path) not refused as binary") }
            XCTAssertEqual(p, path)
            XCTAssertTrue(LexCyrError.binaryInput(path: p, reason: "x").description.hasPrefix(path + ":"))
        }
    }

    func testInvalidUTF8IsRefusedWithTheOffset() {
        let path = file("invalid.txt", Array("Закон от ".utf8) + [0xC3, 0x28] + Array(" года".utf8))
        guard case .invalidEncoding(let p, let encoding, let detail)? = error(for: path) else { return XCTFail("accepted invalid UTF-8") }
        XCTAssertEqual(p, path)
        XCTAssertEqual(encoding, "UTF-8")
        XCTAssertTrue(detail.contains("offset"), detail)
    }

    func testLoneSurrogateInUTF16IsRefused() {
        // BOM, "А", a lone high surrogate, "Б".
        let path = file("surrogate.txt", [0xFF, 0xFE, 0x10, 0x04, 0x00, 0xD8, 0x11, 0x04])
        guard case .invalidEncoding(let p, _, _)? = error(for: path) else { return XCTFail("accepted a lone surrogate") }
        XCTAssertEqual(p, path)
    }

    func testHugeInputIsRefusedBeforeReading() throws {
        let path = directory.appendingPathComponent("huge.txt").path
        FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 100 << 20) // a 100 MB file (sparse), one single line of NULs
        try handle.close()
        XCTAssertEqual(error(for: path), .tooLarge(path: path, bytes: 100 << 20, limit: InputLimits.default.maxBytes))
        XCTAssertEqual(error(for: path, limits: InputLimits(maxBytes: 1 << 20)), .tooLarge(path: path, bytes: 100 << 20, limit: 1 << 20))
    }

    func testUnreadableMissingAndDirectoryInputsNameThePath() throws {
        XCTAssertEqual(error(for: directory.path), .isDirectory(path: directory.path))
        let missing = directory.appendingPathComponent("missing.txt").path
        XCTAssertEqual(error(for: missing), .fileNotFound(path: missing))
        if getuid() != 0 { // root reads everything
            let locked = file("locked.txt", Array("Закон".utf8))
            chmod(locked, 0)
            guard case .unreadable(let p, _)? = error(for: locked) else { return XCTFail("read a locked file") }
            XCTAssertEqual(p, locked)
        }
    }

    func testManyMarkersStayLinearAndBounded() throws {
        // 100 000 glued numbers and as many numbered notes. Footnote numbers have at most three
        // digits (the documented limit), so 1–999 are linked and the rest stay plain text.
        var body = "", notes = ""
        for i in 1...100_000 {
            body += "слово\(i) "
            notes += "\(i)  Прим.\n"
        }
        let document = try Corpus.pipeline().process(text: body + "\n\n" + notes)
        XCTAssertEqual(document.footnotes.map(\.id), Array(1...999))
        XCTAssertTrue(document.footnotes.allSatisfy { $0.marker != nil })
        XCTAssertTrue(document.text.hasPrefix("слово слово слово"))
        XCTAssertTrue(document.text.contains("слово1000 слово1001"))
    }

    func testSymlinkLoopInADirectoryIsWalkedOnce() throws {
        let sub = directory.appendingPathComponent("sub")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        _ = file("sub/a.txt", Array("Закон Республики Казахстан.".utf8))
        try FileManager.default.createSymbolicLink(atPath: sub.appendingPathComponent("loop").path, withDestinationPath: "..")
        let (inputs, errors) = InputCollector().collect([directory.path])
        XCTAssertEqual(inputs.map(\.outputName), ["sub/a"])
        XCTAssertTrue(errors.isEmpty)
    }

    func testInputsWithTheSameNameDoNotOverwriteEachOthersOutput() throws {
        let a = file("article.txt", Array("Закон.".utf8))
        let b = file("article.html", Array("<html><body><p>Закон.</p></body></html>".utf8))
        let (inputs, _) = InputCollector().collect([a, b, directory.path + "/other.txt"])
        XCTAssertEqual(inputs.map(\.outputName), ["article.txt", "article.html"])
    }

    func testABatchWithCorruptFilesLosesNoGoodDocumentAndNamesEveryBadOne() throws {
        let seed = Array(Corpus.seedText.unicodeScalars)
        var generator = SeededGenerator(seed: 7)
        var expectedBad = Set<String>()
        var paths = [String]()
        for i in 0..<40 {
            if i % 20 == 3 { // 5 % corrupt
                let p = file(String(format: "doc%02d.txt", i), (0..<2048).map { _ in UInt8.random(in: 0...255, using: &generator) })
                expectedBad.insert(p)
                paths.append(p)
            } else {
                let text = String(String.UnicodeScalarView(seed.prefix(6000 + i)))
                paths.append(file(String(format: "doc%02d.txt", i), Array(text.utf8)))
            }
        }
        let out = directory.appendingPathComponent("out").path
        let batch = BatchProcessor(options: .init(pipeline: .init(today: "2023-12-31"), workers: 2,
                                                  store: OutputStore(directory: out), render: { DocumentEncoder().encode($0) }))
        let (inputs, _) = InputCollector().collect(paths)
        var failed = Set<String>()
        let summary = batch.run(inputs) { _, input, outcome in
            if case .failed = outcome { failed.insert(input.path) }
        }
        XCTAssertEqual(failed, expectedBad)
        XCTAssertEqual(summary.processed, 40 - expectedBad.count)
        let written = try FileManager.default.contentsOfDirectory(atPath: out).filter { $0.hasSuffix(".json") }
        XCTAssertEqual(written.count, 40 - expectedBad.count)
        XCTAssertFalse(try FileManager.default.contentsOfDirectory(atPath: out).contains { $0.hasSuffix(".tmp") }, "a half-written file was left")
        // Up to date outputs are skipped on a second run.
        let again = batch.run(inputs) { _, _, _ in }
        XCTAssertEqual(again.skipped, 40 - expectedBad.count)
    }
}

/// A small deterministic generator (SplitMix64) for reproducible random inputs.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
