import Foundation

/// One Snowball stemmer and its cache for the whole process, safe to call from any thread.
///
/// Stems depend only on the word, so documents can share them: a word stemmed in one document
/// costs a look-up in the next. The cache holds only the words asked about (the power rules ask
/// for few: see ``PowerWord/hasStem(_:)``), so it stays small. It is an open-addressing table
/// with ``LetterMap``'s cheap hash (`[Letters: Letters]` would run SipHash on every look-up).
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
    private var table = StemCacheTable()

    /// Opens the Snowball algorithm for `language`.
    /// - Throws: ``StemmerError`` when libstemmer has no algorithm of that name.
    public init(language: String) throws(StemmerError) {
        stemmer = try Stemmer(language: language)
    }

    /// The stem of the lower-case `word` (see ``Stemmer``).
    public func stem(_ word: Letters) -> Letters {
        lock.lock()
        defer { lock.unlock() }
        return table.stem(word, stemmer)
    }
}

/// Words and their stems, by a cheap hash; stems new words with the given stemmer.
private struct StemCacheTable {
    private var words: [Letters] = []
    private var stems: [Letters] = []
    /// Index into ``words`` plus one for each slot; 0 marks an empty slot.
    private var slots = [Int32](repeating: 0, count: 1024)

    mutating func stem(_ word: Letters, _ stemmer: Stemmer) -> Letters {
        var mask = slots.count - 1
        var i = Self.hash(word) & mask
        while slots[i] != 0 {
            let n = Int(slots[i]) - 1
            if words[n] == word { return stems[n] }
            i = (i + 1) & mask
        }
        let stem = stemmer.stem(word)
        words.append(word)
        stems.append(stem)
        slots[i] = Int32(words.count)
        if words.count * 2 > slots.count {
            slots = [Int32](repeating: 0, count: slots.count * 2)
            mask = slots.count - 1
            for (n, w) in words.enumerated() {
                var j = Self.hash(w) & mask
                while slots[j] != 0 { j = (j + 1) & mask }
                slots[j] = Int32(n + 1)
            }
        }
        return stem
    }

    private static func hash(_ w: Letters) -> Int { LetterMap<Bool>.hash(w) }
}
