import CStemmer

/// Snowball's Russian stemmer (Debian `libstemmer`), with a cache of the stems computed.
///
/// A Snowball stemmer is not thread-safe: the act extractor makes one per call.
final class RussianStemmer {
    private let handle: OpaquePointer?
    private var cache: [String: String] = [:]

    /// Opens the stemmer; if libstemmer has no Russian algorithm, ``stem(_:)`` returns words unchanged.
    init() {
        handle = sb_stemmer_new("russian", "UTF_8")
    }

    deinit {
        if let handle { sb_stemmer_delete(handle) }
    }

    /// The stem of a lower-case word (`указом` → `указ`, `конституции` → `конституц`).
    func stem(_ word: String) -> String {
        if let s = cache[word] { return s }
        guard let handle else { return word }
        var utf8 = Array(word.utf8)
        let result: String = utf8.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress,
                  let out = sb_stemmer_stem(handle, base, Int32(buffer.count)) else { return word }
            let length = Int(sb_stemmer_length(handle))
            return String(decoding: UnsafeBufferPointer(start: out, count: length), as: UTF8.self)
        }
        utf8.removeAll()
        cache[word] = result
        return result
    }
}
