import Foundation

/// One Snowball stemmer and its cache for the whole process, safe to call from any thread.
///
/// Stems depend only on the word, so documents can share them: a word stemmed in one document
/// costs a look-up in the next. The cache holds only the words asked about (the power rules ask
/// for few: see ``PowerWord/hasStem(_:)``), so it stays small.
///
/// ```swift
/// SharedStemmer.russian?.stem("президентом")   // "президент"
/// ```
public final class SharedStemmer: @unchecked Sendable {
    /// The Russian stemmer, or `nil` when libstemmer has no Russian algorithm (a broken
    /// libstemmer-dev install; ``Stemmer/init(language:)`` says so).
    public static let russian: SharedStemmer? = try? SharedStemmer(language: "russian")

    private let lock = NSLock()
    private let stemmer: Stemmer

    /// Opens the Snowball algorithm for `language`.
    /// - Throws: ``StemmerError`` when libstemmer has no algorithm of that name.
    public init(language: String) throws(StemmerError) {
        stemmer = try Stemmer(language: language)
    }

    /// The stem of the lower-case `word` (cached, see ``Stemmer``).
    public func stem(_ word: Letters) -> Letters {
        lock.lock()
        defer { lock.unlock() }
        return stemmer.stem(word)
    }
}
