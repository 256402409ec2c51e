import Foundation

/// A Hunspell dictionary answered without Hunspell: the suffix rules of its `.aff` file
/// (``AffixRules``) and a hash table of its stems (``StemTable``), which is built once from the
/// `.dic` file and cached on disk, keyed by the dictionary files, and then used straight from
/// `mmap`. Loading Hunspell takes 25–75 ms per language; mapping the cached table takes well
/// under one.
///
/// It answers only where it agrees with Hunspell by construction: words of lower-case ASCII or
/// Cyrillic letters (Hunspell checks those exactly as written), in dictionaries whose affix file
/// uses the subset ``AffixRules`` reads. For any other word ``knows(_:)`` returns `nil` and the
/// caller asks Hunspell.
final class CompactLexicon: Sendable {
    /// Bump when the cache file layout or the parsing rules change.
    private static let formatVersion: UInt64 = 1

    private let rules: AffixRules
    private let stems: StemTable

    private init(rules: AffixRules, stems: StemTable) {
        self.rules = rules
        self.stems = stems
    }

    /// Loads the dictionary `aff`/`dic`, from the cache in `cacheDirectory` when it holds a table
    /// built from these very files, else by building the table (and caching it when the
    /// directory is writable). `nil` when a file is missing or uses more of the format than
    /// this type reads.
    static func load(aff: String, dic: String, cacheDirectory: String?) -> CompactLexicon? {
        guard let affBytes = FileManager.default.contents(atPath: aff).map([UInt8].init),
              let rules = AffixRules.parse(affBytes) else { return nil }
        guard let info = try? FileManager.default.attributesOfItem(atPath: dic),
              let size = info[.size] as? Int, let modified = info[.modificationDate] as? Date else { return nil }
        // The affix file by content, the dictionary by size, modification time and inode.
        var h = StemHash.hash(affBytes.lazy.map { Unicode.Scalar($0) })
        let inode = (info[.systemFileNumber] as? Int) ?? 0
        for part in [formatVersion, UInt64(size), modified.timeIntervalSince1970.bitPattern, UInt64(bitPattern: Int64(inode))] {
            h = (h ^ part) &* 0x100_0000_01B3
        }
        let fingerprint = h == 0 ? 1 : h
        let name = (dic as NSString).lastPathComponent.replacingOccurrences(of: ".dic", with: "")
        let path = cacheDirectory.map { "\($0)/\(name)-\(String(fingerprint, radix: 16)).stems" }
        if let path, let table = StemTable.map(path: path, fingerprint: fingerprint) {
            return CompactLexicon(rules: rules, stems: table)
        }
        guard let dicBytes = FileManager.default.contents(atPath: dic).map([UInt8].init),
              let table = StemTable.build(dic: dicBytes, flagBits: rules.flagBits, fingerprint: fingerprint) else { return nil }
        if let directory = cacheDirectory, let path {
            try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            if table.save(to: path) { removeStale(in: directory, name: name, keeping: path) }
        }
        return CompactLexicon(rules: rules, stems: table)
    }

    /// Removes tables of earlier versions of the same dictionary.
    private static func removeStale(in directory: String, name: String, keeping path: String) {
        guard let files = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for file in files where file.hasPrefix("\(name)-") && file.hasSuffix(".stems") && "\(directory)/\(file)" != path {
            try? FileManager.default.removeItem(atPath: "\(directory)/\(file)")
        }
    }

    /// The cache directory: `$XDG_CACHE_HOME/lexcyr`, else `$HOME/.cache/lexcyr`.
    static func defaultCacheDirectory() -> String? {
        let env = ProcessInfo.processInfo.environment
        if let xdg = env["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return "\(xdg)/lexcyr" }
        if let home = env["HOME"], !home.isEmpty { return "\(home)/.cache/lexcyr" }
        return nil
    }

    /// Whether `word` is a word form of the dictionary; `nil` when the word is outside what
    /// this lexicon answers exactly (see the type's documentation).
    func knows(_ word: String) -> Bool? {
        var scalars = [Unicode.Scalar]()
        for s in word.unicodeScalars {
            let v = s.value
            guard (v >= 0x61 && v <= 0x7A) || (v >= 0x400 && v < 0x530 && s.isLowerLetter) else { return nil }
            scalars.append(s)
        }
        // Hunspell refuses very long words outright; leave them to it.
        guard !scalars.isEmpty, scalars.count < 100 else { return nil }
        return rules.accepts(scalars) { stems.flags(of: $0) }
    }
}
