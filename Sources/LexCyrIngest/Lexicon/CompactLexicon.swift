import Foundation

/// A Hunspell dictionary answered without Hunspell: the suffix rules of its `.aff` file
/// (``AffixRules``) and the stems of its `.dic` file compiled once into a ``LexiconImage``,
/// cached on disk keyed by the dictionary files and then used straight from `mmap`. Loading
/// Hunspell takes 25–75 ms per language; mapping the cached image takes well under one.
///
/// It answers only where it agrees with Hunspell by construction: words of lower-case ASCII or
/// Cyrillic letters (Hunspell checks those exactly as written), in dictionaries whose affix file
/// uses the subset ``AffixRules`` reads. For any other word ``knows(_:)`` returns `nil` and the
/// caller asks Hunspell.
final class CompactLexicon: Sendable {
    /// Bump when the image layout or the parsing rules change.
    private static let formatVersion: UInt64 = 3

    private let image: LexiconImage

    private init(image: LexiconImage) {
        self.image = image
    }

    /// Loads the dictionary `aff`/`dic`: maps its image from `cacheDirectory` when the cache
    /// holds one built from these very files (same paths, sizes, modification times and
    /// inodes), else compiles it (and caches it when the directory is writable). `nil` when a
    /// file is missing or uses more of the format than this type reads.
    static func load(aff: String, dic: String, cacheDirectory: String?) -> CompactLexicon? {
        guard let fingerprint = fingerprint(of: [aff, dic]) else { return nil }
        let name = imageName(dic)
        let path = cacheDirectory.map { "\($0)/\(name)-\(String(fingerprint, radix: 16)).lexicon" }
        if let path, let image = LexiconImage.map(path: path, fingerprint: fingerprint) {
            return CompactLexicon(image: image)
        }
        guard let affBytes = FileManager.default.contents(atPath: aff).map([UInt8].init),
              let rules = AffixRules.parse(affBytes),
              let dicBytes = FileManager.default.contents(atPath: dic).map([UInt8].init),
              let image = LexiconImage.build(rules: rules, dic: dicBytes, fingerprint: fingerprint) else { return nil }
        if let directory = cacheDirectory, let path {
            try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            if image.save(to: path) { removeStale(in: directory, name: name, keeping: path) }
        }
        return CompactLexicon(image: image)
    }

    /// The dictionary's file name without `.dic` (`ru_RU` for `/usr/share/hunspell/ru_RU.dic`),
    /// worked out without Foundation's path and string bridging (a millisecond of start-up).
    static func imageName(_ dic: String) -> String {
        var path = Substring(dic)
        while path.count > 1, path.hasSuffix("/") { path = path.dropLast() }
        let last = path.lastIndex(of: "/").map { path[path.index(after: $0)...] } ?? path
        // Every `.dic` goes, as `replacingOccurrences(of:with:)` removes it.
        var name = ""
        var rest = last
        while let dot = rest.firstIndex(of: ".") {
            name += rest[..<dot]
            if rest[dot...].hasPrefix(".dic") { rest = rest[dot...].dropFirst(4) } else {
                name.append(".")
                rest = rest[rest.index(after: dot)...]
            }
        }
        return name + rest
    }

    /// A hash of the format version and of each file's path, size, modification time and inode.
    private static func fingerprint(of paths: [String]) -> UInt64? {
        var h = StemHash.hash(String(formatVersion).unicodeScalars)
        for path in paths {
            var info = stat()
            guard stat(path, &info) == 0 else { return nil }
            #if canImport(Darwin)
            let modified = info.st_mtimespec
            #else
            let modified = info.st_mtim
            #endif
            let parts = [UInt64(truncatingIfNeeded: info.st_size), UInt64(truncatingIfNeeded: modified.tv_sec),
                         UInt64(truncatingIfNeeded: modified.tv_nsec), UInt64(truncatingIfNeeded: info.st_ino),
                         StemHash.hash(path.unicodeScalars)]
            for part in parts { h = (h ^ part) &* 0x100_0000_01B3 }
        }
        return h == 0 ? 1 : h
    }

    /// Removes images of earlier versions of the same dictionary.
    private static func removeStale(in directory: String, name: String, keeping path: String) {
        guard let files = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for file in files where file.hasPrefix("\(name)-") && "\(directory)/\(file)" != path
            && (file.hasSuffix(".lexicon") || file.hasSuffix(".stems")) {
            try? FileManager.default.removeItem(atPath: "\(directory)/\(file)")
        }
    }

    /// The cache directory: `$XDG_CACHE_HOME/lexcyr`, else `$HOME/.cache/lexcyr`.
    static func defaultCacheDirectory() -> String? {
        // `getenv` rather than `ProcessInfo.environment`, which copies the whole environment.
        func variable(_ name: String) -> String? { getenv(name).map { String(cString: $0) } }
        if let xdg = variable("XDG_CACHE_HOME"), xdg.hasPrefix("/") { return "\(xdg)/lexcyr" }
        if let home = variable("HOME"), !home.isEmpty { return "\(home)/.cache/lexcyr" }
        return nil
    }

    /// Whether `word` is a word form of the dictionary; `nil` when the word is outside what
    /// this lexicon answers exactly (see the type's documentation).
    func knows(_ word: String) -> Bool? {
        var scalars = [Unicode.Scalar]()
        for s in word.unicodeScalars {
            guard Self.isAnswered(s) else { return nil }
            scalars.append(s)
        }
        // Hunspell refuses very long words outright; leave them to it.
        guard !scalars.isEmpty, scalars.count < 100 else { return nil }
        return image.knows(scalars)
    }

    /// ``knows(_:)`` of a word given as scalars.
    func knows(scalars word: ArraySlice<Unicode.Scalar>) -> Bool? {
        guard !word.isEmpty, word.count < 100, word.allSatisfy(Self.isAnswered) else { return nil }
        return image.knows(Array(word))
    }

    /// `true` for the letters this lexicon answers for: lower-case ASCII and Cyrillic.
    @inline(__always)
    private static func isAnswered(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (v >= 0x61 && v <= 0x7A) || (v >= 0x400 && v < 0x530 && s.isLowerLetter)
    }
}
