import Foundation
import LexCyr

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

    /// A fresh pipeline with a fixed "today".
    static func pipeline() -> Pipeline {
        try! Pipeline(options: .init(today: "2023-12-31"))
    }
}
