import LexCyrCore
import CStemmer

/// How many letters of a lower-case Russian word its Snowball stem keeps.
///
/// Snowball's Russian stemmer only deletes endings, so a stem is always a prefix of its word and
/// its length says it all: no `String` and no array is built per word. The act classifier caches
/// the answer per word form; this type adds no cache of its own (unlike ``Stemmer``).
/// Not thread-safe: one per classifier.
final class SnowballPrefix {
    private let handle: OpaquePointer?
    /// The UTF-8 bytes of the word being stemmed, reused from word to word.
    private var bytes = [UInt8]()

    /// Opens Snowball's Russian stemmer; without libstemmer's Russian algorithm words keep all
    /// their letters.
    init() {
        handle = sb_stemmer_new("russian", "UTF_8")
    }

    deinit {
        if let handle { sb_stemmer_delete(handle) }
    }

    /// The number of leading scalars of `word` (lower case) its stem keeps.
    func stemLength(_ word: ArraySlice<Unicode.Scalar>) -> Int {
        guard let handle else { return word.count }
        if bytes.count < word.count * 4 { bytes = Array(repeating: 0, count: word.count * 4) }
        return bytes.withUnsafeMutableBufferPointer { buf -> Int in
            let length = word.withUnsafeBufferPointer { String.encodeUTF8($0, into: buf) }
            guard let base = buf.baseAddress, let out = sb_stemmer_stem(handle, base, Int32(length)) else { return word.count }
            // Count the scalars of the UTF-8 result: every byte that does not continue a scalar.
            var n = 0
            for i in 0..<Int(sb_stemmer_length(handle)) where out[i] & 0xC0 != 0x80 { n += 1 }
            return min(n, word.count)
        }
    }
}
