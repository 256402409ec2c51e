import CHunspell
import Foundation

/// Answers whether a word form exists, for the dehyphenator.
public protocol Lexicon: AnyObject, Sendable {
    /// `true` when `word` (any case) is a known word form. `nil` when the lexicon cannot tell
    /// (for example, no dictionary for the word's language).
    func knows(_ word: String) -> Bool?

    /// Like ``knows(_:)``, in the dictionary of `language` (`ru`, `kk`): a Kazakh word may hold
    /// no letter that Russian lacks (`насихат`).
    func knows(_ word: String, language: String) -> Bool?

    /// Like ``knows(_:language:)``, for a word given as scalars: callers that hold scalars
    /// (the cleaner, the compound repair) need not build a `String` for every lookup.
    func knows(scalars word: ArraySlice<Unicode.Scalar>, language: String) -> Bool?
}

extension Lexicon {
    /// By default the language is told from the word's letters.
    public func knows(_ word: String, language: String) -> Bool? { knows(word) }

    /// By default the word is looked up as a `String`.
    public func knows(scalars word: ArraySlice<Unicode.Scalar>, language: String) -> Bool? {
        knows(String(scalars: word), language: language)
    }
}

/// Hunspell dictionaries (Debian `hunspell-ru`, `hunspell-kk`) behind the ``Lexicon`` protocol.
///
/// Loading a dictionary into Hunspell takes 25–75 ms, nearly the whole run of one article. So
/// words are first looked up in a ``CompactLexicon``: the dictionary's stems in a table built once
/// and cached on disk (`$XDG_CACHE_HOME/lexcyr/`, else `~/.cache/lexcyr/`), used from `mmap`, with
/// the affix file's suffix rules applied as Hunspell applies them. Hunspell itself is loaded only
/// for what that lexicon leaves to it (words with capitals, hyphens or letters of other scripts,
/// dictionaries using more of the affix format). Each language is loaded on first use only.
/// Lookups are serialised: Hunspell handles are not thread-safe.
public final class HunspellLexicon: Lexicon, @unchecked Sendable {
    /// Process-wide instance using the dictionaries in `/usr/share/hunspell`.
    public static let shared = HunspellLexicon(directory: "/usr/share/hunspell")

    private let directory: String
    private let cacheDirectory: String?
    private let usesCompactLexicon: Bool
    private let lock = NSLock()
    private var handles: [String: OpaquePointer] = [:]
    private var missing: Set<String> = []
    /// The compact lexicons of `ru_RU` and `kk_KZ`: `nil` until asked for, `.some(nil)` when
    /// the dictionary cannot be read that way.
    private var compact: [CompactLexicon??] = [nil, nil]
    private var otherCompact: [String: CompactLexicon?] = [:]

    /// Creates a lexicon reading `LANG.aff`/`LANG.dic` files from `directory`.
    ///
    /// - Parameters:
    ///   - cacheDirectory: where the compact stem tables are cached; `nil` builds them in memory
    ///     on each first use.
    ///   - compact: `false` asks Hunspell for every word (to compare the two).
    public init(directory: String, cacheDirectory: String? = HunspellLexicon.defaultCacheDirectory(),
                compact: Bool = true) {
        self.directory = directory
        self.cacheDirectory = cacheDirectory
        self.usesCompactLexicon = compact
    }

    /// `$XDG_CACHE_HOME/lexcyr`, else `$HOME/.cache/lexcyr` (`nil` when neither is set).
    public static func defaultCacheDirectory() -> String? {
        CompactLexicon.defaultCacheDirectory()
    }

    deinit {
        for h in handles.values { Hunspell_destroy(h) }
    }

    /// `true` when a dictionary for `language` (`ru_RU`, `kk_KZ`) can be loaded.
    public func hasDictionary(_ language: String) -> Bool {
        lock.lock(); defer { lock.unlock() }
        return compactLexicon(language) != nil || handle(language) != nil
    }

    public func knows(_ word: String) -> Bool? {
        knows(word, language: word.unicodeScalars.contains(where: Self.isKazakhLetter) ? "kk" : "ru")
    }

    public func knows(_ word: String, language code: String) -> Bool? {
        let language = code == "kk" ? "kk_KZ" : "ru_RU"
        lock.lock(); defer { lock.unlock() }
        if let answer = compactLexicon(language)?.knows(word) { return answer }
        guard let h = handle(language) else { return nil }
        if Hunspell_spell(h, word) != 0 { return true }
        // Dictionaries list common nouns in lower case; a capitalised form is fine too.
        let lower = word.lowercased()
        if lower != word, Hunspell_spell(h, lower) != 0 { return true }
        return false
    }

    public func knows(scalars word: ArraySlice<Unicode.Scalar>, language code: String) -> Bool? {
        let language = code == "kk" ? "kk_KZ" : "ru_RU"
        lock.lock()
        let answer = compactLexicon(language)?.knows(scalars: word)
        lock.unlock()
        // Words the compact lexicon leaves to Hunspell go the `String` way.
        return answer ?? knows(String(scalars: word), language: code)
    }

    private func compactLexicon(_ language: String) -> CompactLexicon? {
        guard usesCompactLexicon else { return nil }
        // The two languages asked for on every word go without hashing their names.
        let slot = language == "ru_RU" ? 0 : language == "kk_KZ" ? 1 : nil
        if let slot, let loaded = compact[slot] { return loaded }
        if slot == nil, let loaded = otherCompact[language] { return loaded }
        let lexicon = CompactLexicon.load(aff: "\(directory)/\(language).aff", dic: "\(directory)/\(language).dic",
                                          cacheDirectory: cacheDirectory)
        if let slot { compact[slot] = .some(lexicon) } else { otherCompact[language] = .some(lexicon) }
        return lexicon
    }

    private func handle(_ language: String) -> OpaquePointer? {
        if let h = handles[language] { return h }
        if missing.contains(language) { return nil }
        let aff = "\(directory)/\(language).aff", dic = "\(directory)/\(language).dic"
        guard FileManager.default.fileExists(atPath: aff), FileManager.default.fileExists(atPath: dic),
              let h = Hunspell_create(aff, dic) else {
            missing.insert(language)
            return nil
        }
        handles[language] = h
        return h
    }

    /// Kazakh letters that Russian does not use.
    static func isKazakhLetter(_ s: Unicode.Scalar) -> Bool {
        // The Russian alphabet lies between `І` (U+0406) and `і` (U+0456).
        if s.value < 0x456 { return s.value == 0x406 }
        switch s {
        case "ә", "ғ", "қ", "ң", "ө", "ұ", "ү", "һ", "і", "Ә", "Ғ", "Қ", "Ң", "Ө", "Ұ", "Ү", "Һ", "І": return true
        default: return false
        }
    }
}
