/// A short sequence of words to look for, written in a compact notation and compiled once.
///
/// Notation: words separated by spaces; a word ending in `*` matches any word that starts with
/// it (`назнач*` matches `назначает`, `назначения`); other words match a word whose lower-case
/// form or stem is exactly that text (`аким` matches `аким`, `акима`, `акимов` through the stem
/// `аким`). A leading `^` marks the head word (the noun that carries the case), by default the
/// last word. Hyphens between the words of the text are skipped (`премьер министр*` matches
/// `Премьер-Министром`).
struct WordPattern: Sendable {
    /// One word of a pattern.
    struct Word: Sendable {
        /// Lower-case text (without the `*`).
        var text: String
        /// `true` for a prefix match.
        var isPrefix: Bool

        /// Whether `word` matches.
        @inline(__always)
        func matches(_ word: PowerWord) -> Bool {
            isPrefix ? word.lower.hasPrefix(text) : (word.lower == text || word.stem == text)
        }
    }

    /// The words.
    var words: [Word]
    /// Index of the head word in ``words``.
    var head: Int

    /// Compiles `notation` (see the type's documentation).
    init(_ notation: String) {
        var words = [Word]()
        var head: Int? = nil
        for part in notation.split(separator: " ") {
            var text = Substring(part)
            if text.hasPrefix("^") { head = words.count; text = text.dropFirst() }
            let isPrefix = text.hasSuffix("*")
            if isPrefix { text = text.dropLast() }
            words.append(Word(text: String(text), isPrefix: isPrefix))
        }
        precondition(!words.isEmpty, "empty word pattern")
        precondition(!words[0].isPrefix || words[0].text.unicodeScalars.count >= 3,
                     "pattern '\(notation)' starts with a prefix shorter than three letters")
        self.words = words
        self.head = head ?? words.count - 1
    }

    /// The look-up key of the first word: its full text for an exact word, its first three
    /// letters for a prefix word.
    var key: String {
        let first = words[0]
        return first.isPrefix ? String(first.text.prefix(3)) : first.text
    }

    /// If the pattern matches the words starting at item `i`, the index of its last item and
    /// the index of the item that matched the head word.
    func match(_ items: [PowerWord], at i: Int) -> (last: Int, head: Int)? {
        var k = i
        var headItem = i
        for (n, w) in words.enumerated() {
            if n > 0 {
                k += 1
                while k < items.count, items[k].punct == "-" { k += 1 }
            }
            guard k < items.count, items[k].isWord, w.matches(items[k]) else { return nil }
            if n == head { headItem = k }
        }
        return (k, headItem)
    }

    /// The ending of the head word: what follows the pattern's text (prefix words) or the stem
    /// (exact words matched through the stem); empty when the surface form matched exactly.
    func ending(of word: PowerWord) -> Substring {
        let w = words[head]
        if w.isPrefix { return word.lower.dropFirst(w.text.count) }
        if word.lower == w.text { return word.lower[word.lower.endIndex...] }
        return word.ending
    }
}

/// Patterns indexed by their first word, for look-ups from any word of a sentence.
struct PatternIndex<Value: Sendable>: Sendable {
    /// An entry: a pattern, the words that cancel it, and its value.
    struct Entry: Sendable {
        var pattern: WordPattern
        /// Prefixes of the first word that cancel a match (`президентск` for `президент*`).
        var except: [String]
        var value: Value
    }

    private var byKey: [String: [Entry]] = [:]

    /// Builds an index from `(notation, value)` pairs; `except` lists cancelling prefixes.
    init(_ entries: [(String, Value)], except: [String: [String]] = [:]) {
        for (notation, value) in entries {
            let p = WordPattern(notation)
            byKey[p.key, default: []].append(Entry(pattern: p, except: except[notation] ?? [], value: value))
        }
        for k in byKey.keys { byKey[k]!.sort { $0.pattern.words.count > $1.pattern.words.count } }
    }

    /// The first words of all patterns, as packed three-letter keys (see ``ScalarKey``), for a
    /// cheap pre-filter over raw tokens.
    var packedKeys: Set<UInt64> {
        Set(byKey.keys.compactMap { ScalarKey.pack(Array($0.unicodeScalars)) })
    }

    /// The longest entry matching at item `i`, with the item range it covers and its head item.
    func longestMatch(_ items: [PowerWord], at i: Int) -> (entry: Entry, last: Int, head: Int)? {
        let w = items[i]
        guard w.isWord else { return nil }
        var best: (entry: Entry, last: Int, head: Int)? = nil
        let keys = [w.lower, w.stem, String(w.lower.prefix(3))]
        for (n, key) in keys.enumerated() where !keys[..<n].contains(key) {
            for e in byKey[key] ?? [] where !e.except.contains(where: { w.lower.hasPrefix($0) }) {
                if let m = e.pattern.match(items, at: i), best == nil || m.last > best!.last {
                    best = (e, m.last, m.head)
                }
            }
        }
        return best
    }
}

/// Packs the first three lower-case scalars of a word into one integer, for set look-ups
/// without building strings.
enum ScalarKey {
    /// The key of `scalars` (lower-cased), or `nil` when there are fewer than three.
    @inline(__always)
    static func pack(_ scalars: some Collection<Unicode.Scalar>) -> UInt64? {
        var key: UInt64 = 0
        var n = 0
        for s in scalars {
            key = key << 21 | UInt64(ScalarCase.lower(s).value)
            n += 1
            if n == 3 { return key }
        }
        return nil
    }
}
