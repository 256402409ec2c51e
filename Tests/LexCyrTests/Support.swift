import Foundation
import LexCyr
import LexCyrEval

/// Paths and shared objects for the tests.
enum Corpus {
    /// The repository root (found from this file's path).
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Corpus/` directory.
    static var directory: String { root.appendingPathComponent("Corpus").path }

    /// `Fixtures/` directory.
    static var fixtures: String { root.appendingPathComponent("Fixtures").path }

    /// The seed article.
    static var seedPath: String { root.appendingPathComponent("Corpus/seed/kz-president-local-authorities.txt").path }

    /// The seed article's text.
    static var seedText: String { try! String(contentsOfFile: seedPath, encoding: .utf8) }

    /// The seed processed once with today's date fixed, shared by tests.
    static let seed: Document = {
        let pipeline = try! Pipeline(options: .init(today: "2023-12-31"))
        return try! pipeline.process(path: seedPath)
    }()

    /// A fresh pipeline with a fixed "today" (the harness's default unless given).
    static func pipeline(today: String = "2023-12-31") -> Pipeline {
        try! Pipeline(options: .init(today: today))
    }

    /// A pipeline for a corpus entry: the day its gold file is linted as of, else the default.
    static func pipeline(for entry: CorpusRunner.Entry) -> Pipeline {
        pipeline(today: entry.gold?.today ?? "2023-12-31")
    }
}
