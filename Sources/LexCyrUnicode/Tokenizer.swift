import CICU
import LexCyrCore

/// A token produced by ``Tokenizer``: a span of Unicode scalars and its class.
public struct Token: Sendable, Equatable {
    /// Token classes from ICU's word-break rules.
    public enum Kind: UInt8, Sendable {
        /// Spaces, punctuation and symbols.
        case other = 0
        /// Digits.
        case number = 1
        /// Letters (words).
        case word = 2
        /// Ideographs and kana.
        case ideographic = 3
    }

    /// Start offset (Unicode scalars), inclusive.
    public var start: Int
    /// End offset, exclusive.
    public var end: Int
    /// Class of the token.
    public var kind: Kind

    /// Creates a token.
    public init(start: Int, end: Int, kind: Kind) {
        self.start = start
        self.end = end
        self.kind = kind
    }

    /// `true` for spaces and line breaks only tokens are not; callers usually skip them.
    public var isWordLike: Bool { kind != .other }
}

/// Splits text into words, numbers and punctuation with ICU's locale-aware word-break iterator.
///
/// A tokenizer holds an ICU iterator and is not thread-safe; make one per thread (they are cheap).
///
/// ```swift
/// let tokenizer = try Tokenizer(locale: "ru")
/// let tokens = tokenizer.tokenize(Array("Указом Президента".unicodeScalars))
/// ```
public final class Tokenizer {
    private let iterator: OpaquePointer
    /// The ICU locale the iterator was opened for.
    public let locale: String

    /// Opens a word-break iterator for `locale` (`ru`, `kk`, `en`; the rules are the same for
    /// Cyrillic and Latin text, so one tokenizer serves a mixed document).
    public init(locale: String = "ru") throws(TokenizerError) {
        var error = [CChar](repeating: 0, count: 64)
        guard let it = lc_word_iterator_open(locale, &error, Int32(error.count)) else {
            throw TokenizerError(locale: locale, icuError: String(decoding: error.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
        }
        self.iterator = it
        self.locale = locale
    }

    deinit { lc_word_iterator_close(iterator) }

    /// Tokenizes `scalars`; offsets in the result are scalar offsets into `scalars`.
    /// Every scalar belongs to exactly one token, so the tokens tile the input.
    public func tokenize(_ scalars: some Collection<Unicode.Scalar>) -> [Token] {
        tokenize(UTF16Buffer(scalars))
    }

    /// Tokenizes an array of scalars (the fast path every extractor uses).
    public func tokenize(_ scalars: [Unicode.Scalar]) -> [Token] {
        tokenize(UTF16Buffer(scalars))
    }

    /// Tokenizes a `String`; offsets are Unicode scalar offsets.
    public func tokenize(_ string: String) -> [Token] {
        tokenize(string.unicodeScalars)
    }

    func tokenize(_ buffer: UTF16Buffer) -> [Token] {
        let n = buffer.units.count
        if n == 0 { return [] }
        var cap = max(16, n / 3 + 16)
        while true {
            // ICU writes the breaks into arrays left uninitialised (no zero fill of the room).
            var count: Int32 = 0
            var kinds = [UInt8]()
            let ends = [Int32](unsafeUninitializedCapacity: cap) { endBuffer, endCount in
                kinds = [UInt8](unsafeUninitializedCapacity: cap) { kindBuffer, kindCount in
                    count = buffer.units.withUnsafeBufferPointer { u in
                        lc_word_breaks(iterator, u.baseAddress, Int32(n), endBuffer.baseAddress, kindBuffer.baseAddress, Int32(cap))
                    }
                    kindCount = count > 0 ? Int(count) : 0
                }
                endCount = count > 0 ? Int(count) : 0
            }
            if count < -1 {
                cap = Int(-count - 2)
                continue
            }
            guard count >= 0 else { return [] }
            return Self.tokens(ends: ends, kinds: kinds, buffer: buffer)
        }
    }

    /// The tokens from ICU's break offsets (UTF-16) and classes, in scalar offsets.
    private static func tokens(ends: [Int32], kinds: [UInt8], buffer: UTF16Buffer) -> [Token] {
        [Token](unsafeUninitializedCapacity: ends.count) { out, written in
            var start = 0
            if buffer.scalarIndex == nil {
                // Only scalars of the BMP: unit offsets are scalar offsets.
                for k in ends.indices {
                    let end = Int(ends[k])
                    out.initializeElement(at: k, to: Token(start: start, end: end, kind: Token.Kind(rawValue: kinds[k]) ?? .other))
                    start = end
                }
            } else {
                for k in ends.indices {
                    let end = buffer.scalarOffset(Int(ends[k]))
                    out.initializeElement(at: k, to: Token(start: start, end: end, kind: Token.Kind(rawValue: kinds[k]) ?? .other))
                    start = end
                }
            }
            written = ends.count
        }
    }
}

/// ICU could not open a word-break iterator.
public struct TokenizerError: Error, Sendable, CustomStringConvertible {
    /// The locale asked for.
    public var locale: String
    /// ICU's error name.
    public var icuError: String
    public var description: String {
        "cannot open ICU word-break iterator for '\(locale)' (\(icuError)); check that libicu is installed"
    }
}
