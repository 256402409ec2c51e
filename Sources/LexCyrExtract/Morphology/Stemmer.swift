import CStemmer

/// A Snowball stemmer (libstemmer) with a per-instance cache.
///
/// Stemming strips inflectional endings, so that the forms of one word share a stem:
/// `назначать`, `назначает`, `назначал` → `назнача`; `президента`, `президентом` → `президент`.
/// What the stemmer removed is the word's ending, which tells its case
/// (see ``ending(of:stem:)``).
///
/// ```swift
/// let stemmer = try Stemmer(language: "russian")
/// stemmer.stem("полномочиями")   // "полномоч"
/// ```
///
/// The input must be lower-case: Snowball's Russian rules only match lower-case endings.
/// A stemmer holds a C object and a cache; it is not thread-safe — make one per thread or per
/// document (they are cheap).
public final class Stemmer {
    private let handle: OpaquePointer
    private var cache: [Letters: Letters] = [:]
    /// The Snowball algorithm in use (`russian`, `english`, ...).
    public let language: String

    /// Opens the Snowball algorithm for `language` with UTF-8 input.
    /// - Throws: ``StemmerError`` when libstemmer has no algorithm of that name.
    public init(language: String = "russian") throws(StemmerError) {
        guard let h = sb_stemmer_new(language, "UTF_8") else { throw StemmerError(language: language) }
        self.handle = h
        self.language = language
    }

    deinit { sb_stemmer_delete(handle) }

    /// The stem of the lower-case `word`. Results are cached, so repeated words cost one lookup.
    public func stem(_ word: Letters) -> Letters {
        if let hit = cache[word] { return hit }
        var bytes = [UInt8]()
        bytes.reserveCapacity(word.count * 2)
        for s in word.scalars { UTF8.encode(s) { bytes.append($0) } }
        let result: Letters = bytes.withUnsafeMutableBufferPointer { buf in
            guard let base = buf.baseAddress,
                  let out = sb_stemmer_stem(handle, base, Int32(buf.count)) else { return word }
            // Decode the UTF-8 result straight into scalars, without building a String.
            var scalars = [Unicode.Scalar]()
            scalars.reserveCapacity(word.count)
            var bytes = UnsafeBufferPointer(start: out, count: Int(sb_stemmer_length(handle))).makeIterator()
            var decoder = UTF8()
            while case .scalarValue(let s) = decoder.decode(&bytes) { scalars.append(s) }
            return Letters(scalars)
        }
        cache[word] = result
        return result
    }

    /// The stem of the lower-case `word`, as a string.
    public func stem(_ word: String) -> String {
        stem(Letters(word)).description
    }

    /// The ending the stemmer removed: `word` minus its `stem` (`президентом` → `ом`), or
    /// nothing when the stem is not a prefix of the word.
    public static func ending(of word: Letters, stem: Letters) -> Letters {
        word.hasPrefix(stem) ? word.dropFirst(stem.count) : Letters([])
    }
}

/// libstemmer has no algorithm for the language asked for.
public struct StemmerError: Error, Sendable, CustomStringConvertible {
    /// The language asked for.
    public var language: String
    public var description: String {
        "no Snowball stemmer for '\(language)'; use one of libstemmer's names (russian, english, ...) and check that libstemmer-dev is installed"
    }
}
