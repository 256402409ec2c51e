import Foundation
import LexCyrCore

/// Finds the gold files under a corpus directory and pairs them with their documents.
public struct CorpusRunner: Sendable {
    /// One document of the corpus with its gold files.
    public struct Entry: Sendable {
        /// Path of the document.
        public var documentPath: String
        /// Main gold file, if any.
        public var gold: Gold?
        /// Dates gold file, if any.
        public var dates: DatesGold?
        /// Powers gold file, if any.
        public var powers: PowersGold?
        /// Display name.
        public var name: String
    }

    /// The corpus root (`Corpus/`).
    public var root: String

    /// Creates a runner over `root`.
    public init(root: String) {
        self.root = root
    }

    /// Every document that has a `*.gold.json`, `*.dates.gold.json` or `*.powers.gold.json` beside it.
    public func entries() throws -> [Entry] {
        let fm = FileManager.default
        guard let walker = fm.enumerator(atPath: root) else { return [] }
        var byDocument = [String: Entry]()
        let decoder = JSONDecoder()
        for case let rel as String in walker where rel.hasSuffix(".gold.json") {
            let path = (root as NSString).appendingPathComponent(rel)
            let dir = (path as NSString).deletingLastPathComponent
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            if rel.hasSuffix(".powers.gold.json") {
                let g = try decoder.decode(PowersGold.self, from: data)
                let doc = (dir as NSString).appendingPathComponent(g.document)
                byDocument[doc, default: Entry(documentPath: doc, name: relative(doc))].powers = g
            } else if rel.hasSuffix(".dates.gold.json") {
                let g = try decoder.decode(DatesGold.self, from: data)
                let doc = (dir as NSString).appendingPathComponent(g.document)
                byDocument[doc, default: Entry(documentPath: doc, name: relative(doc))].dates = g
            } else {
                let g = try decoder.decode(Gold.self, from: data)
                let doc = (dir as NSString).appendingPathComponent(g.document)
                byDocument[doc, default: Entry(documentPath: doc, name: relative(doc))].gold = g
            }
        }
        return byDocument.values.sorted { $0.name < $1.name }
    }

    private func relative(_ path: String) -> String {
        path.hasPrefix(root + "/") ? String(path.dropFirst(root.count + 1)) : path
    }
}
