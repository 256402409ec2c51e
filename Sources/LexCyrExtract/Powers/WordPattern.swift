/// A short sequence of words to look for, written in a compact notation and compiled once.
///
/// Notation: words separated by spaces; a word ending in `*` matches any word that starts with
/// it (`назнач*` matches `назначает`, `назначения`); other words match a word whose lower-case
/// form or stem is exactly that text (`аким` matches `аким`, `акима`, `акимов` through the stem
/// `аким`). A leading `^` marks the head word (the noun that carries the case), by default the
/// last word. Hyphens and brackets between the words of the text are skipped (`премьер министр*`
/// matches `Премьер-Министром`).
struct WordPattern: Sendable {
    /// One word of a pattern.
    struct Word: Sendable {
        /// Lower-case text (without the `*`).
        var text: Letters
        /// `true` for a prefix match.
        var isPrefix: Bool

        /// Whether `word` matches.
        @inline(__always)
        func matches(_ word: PowerWord) -> Bool {
            isPrefix ? word.lower.hasPrefix(text) : (word.lower == text || word.hasStem(text))
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
            words.append(Word(text: Letters(String(text)), isPrefix: isPrefix))
        }
        precondition(!words.isEmpty, "empty word pattern")
        precondition(!words[0].isPrefix || words[0].text.count >= 3,
                     "pattern '\(notation)' starts with a prefix shorter than three letters")
        self.words = words
        self.head = head ?? words.count - 1
    }

    /// The look-up key of the first word: its first three letters, or all of a shorter word
    /// (see ``ScalarKey``).
    var key: UInt64 { ScalarKey.key(words[0].text) }

    /// If the pattern matches the words starting at item `i`, the index of its last item and
    /// the index of the item that matched the head word.
    func match(_ items: [PowerWord], at i: Int) -> (last: Int, head: Int)? {
        var k = i
        var headItem = i
        for n in words.indices {
            if n > 0 {
                k += 1
                // `Премьер-Министр`, `законодательного (представительного) органа`.
                while k < items.count, let p = items[k].punct, p == "-" || p == "(" || p == ")" { k += 1 }
            }
            guard k < items.count, items[k].isWord, words[n].matches(items[k]) else { return nil }
            if n == head { headItem = k }
        }
        return (k, headItem)
    }

    /// The ending of the head word: what follows the pattern's text (prefix words) or the stem
    /// (exact words matched through the stem); empty when the surface form matched exactly.
    func ending(of word: PowerWord) -> Letters {
        let w = words[head]
        if w.isPrefix { return word.lower.dropFirst(w.text.count) }
        if word.lower == w.text { return "" }
        return word.ending
    }
}

/// Patterns indexed by their first word, for look-ups from any word of a sentence.
struct PatternIndex<Value: Sendable>: Sendable {
    /// An entry: a pattern, the words that cancel it, and its value.
    struct Entry: Sendable {
        var pattern: WordPattern
        /// Prefixes of the first word that cancel a match (`президентск` for `президент*`).
        var except: [Letters]
        var value: Value
    }

    private let byKey: ScalarKeyTable<[Entry]>

    /// Builds an index from `(notation, value)` pairs; `except` lists cancelling prefixes.
    init(_ entries: [(String, Value)], except: [String: [String]] = [:]) {
        var grouped: [UInt64: [Entry]] = [:]
        for (notation, value) in entries {
            let p = WordPattern(notation)
            grouped[p.key, default: []].append(Entry(pattern: p, except: (except[notation] ?? []).map { Letters($0) }, value: value))
        }
        for k in grouped.keys { grouped[k]!.sort { $0.pattern.words.count > $1.pattern.words.count } }
        byKey = ScalarKeyTable(grouped.map { ($0.key, $0.value) })
    }

    /// Whether a pattern's first word has the key `key` (see ``ScalarKey``): a cheap
    /// pre-filter over raw tokens.
    func hasKey(_ key: UInt64) -> Bool { byKey.contains(key) }

    /// The longest entry matching at item `i`, with the item range it covers and its head item.
    ///
    /// Most words start no pattern: that is decided here, inlined into the caller's loop, and only
    /// a word whose key is in the index pays for the call that tries its patterns.
    @inline(__always)
    func longestMatch(_ items: [PowerWord], at i: Int) -> (entry: Entry, last: Int, head: Int)? {
        guard items[i].isWord, byKey.contains(items[i].key) else { return nil }
        return bestMatch(items, at: i)
    }

    /// ``longestMatch(_:at:)`` for a word whose key is in the index.
    @inline(never)
    private func bestMatch(_ items: [PowerWord], at i: Int) -> (entry: Entry, last: Int, head: Int)? {
        guard let entries = byKey[items[i].key] else { return nil }
        // Entries are read in place and the best one copied out once.
        var best = -1, bestLast = 0, bestHead = 0
        for n in entries.indices {
            if !entries[n].except.isEmpty, entries[n].except.contains(where: { items[i].lower.hasPrefix($0) }) { continue }
            if let m = entries[n].pattern.match(items, at: i), best < 0 || m.last > bestLast {
                (best, bestLast, bestHead) = (n, m.last, m.head)
            }
        }
        return best < 0 ? nil : (entries[best], bestLast, bestHead)
    }
}
