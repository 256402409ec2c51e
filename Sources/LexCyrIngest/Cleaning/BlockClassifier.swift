import LexCyrCore

/// Gives each paragraph of an article its role: title, authors, abstract, keywords, heading or
/// paragraph.
enum BlockClassifier {
    /// Section headings of research articles in Russian, Kazakh and English (lower case).
    static let headings: Set<String> = [
        "введение", "материалы и методы", "методы", "методология", "результаты", "обсуждение",
        "результаты и обсуждение", "заключение", "выводы", "литература", "список литературы",
        "список источников", "библиографический список", "основная часть", "благодарности",
        "кіріспе", "материалдар мен әдістер", "әдістер", "нәтижелер", "талқылау",
        "нәтижелер мен талқылау", "қорытынды", "әдебиеттер", "пайдаланылған әдебиеттер",
        "әдебиеттер тізімі",
        "introduction", "materials and methods", "methods", "results", "discussion",
        "results and discussion", "conclusion", "conclusions", "references", "bibliography",
        "literature", "acknowledgements",
    ]

    private static let headingFirstWords = HashSet64(headings.map { FastCase.hash($0.split(separator: " ")[0].unicodeScalars) })

    /// Labels that open an abstract.
    static let abstractLabels = ["аннотация", "abstract", "аңдатпа", "резюме", "summary", "түйін", "түйіндеме"]
    /// Labels that open a keyword list.
    static let keywordLabels = ["ключевые слова", "keywords", "key words", "түйінді сөздер", "түйін сөздер"]

    private static let headingHashes = HashSet64(headings.map { FastCase.hash($0.unicodeScalars) })

    /// `true` when `line` is a known section heading (optionally numbered, with a final period).
    static func isHeading(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        // Headings are short: skip paragraphs at once (at most 200 bytes of UTF-8).
        guard line.count <= 200, line.reduce(0, { $0 + UTF8.width($1) }) <= 200 else { return false }
        var a = line.startIndex, b = line.endIndex
        func trimmed(_ c: Unicode.Scalar) -> Bool { c == " " || c == "." || c == ":" }
        while a < b, trimmed(line[a]) { a += 1 }
        while b > a, trimmed(line[b - 1]) { b -= 1 }
        while a < b, line[a].asciiDigit != nil || line[a] == "." || line[a] == " " { a += 1 }
        guard a < b, b - a <= 40 else { return false }
        return headingHashes.contains(FastCase.hash(line[a..<b]))
    }

    /// `true` when a physical line reads as a heading: a known section name, a numbered heading
    /// (`1. Общие положения`, `2.1 Методы`), or a short line in capitals.
    static func looksLikeHeading(_ line: SourceLine, _ s: [Unicode.Scalar]) -> Bool {
        looksLikeHeading(line, s, caps: line.range.isEmpty ? false : isCapsLine(s[line.range]))
    }

    /// ``looksLikeHeading(_:_:)`` of a line whose ``isCapsLine(_:minLetters:)`` is known.
    static func looksLikeHeading(_ line: SourceLine, _ s: [Unicode.Scalar], caps: Bool) -> Bool {
        let r = line.range
        guard !r.isEmpty, r.count <= 90 else { return false }
        let first = s[r.lowerBound]
        if first.asciiDigit != nil || first == "I" || first == "V" || first == "X" {
            if isNumberedHeading(s[r]) { return true }
        }
        if r.count <= 80, first.isUpperLetter, caps { return true }
        guard r.count <= 45, first.isUpperLetter || first.asciiDigit != nil else { return false }
        // Most lines are rejected on their first word.
        var i = r.lowerBound
        while i < r.upperBound, s[i].asciiDigit != nil || s[i] == "." || s[i] == " " { i += 1 }
        var j = i
        while j < r.upperBound, s[j].isLetter { j += 1 }
        guard headingFirstWords.contains(FastCase.hash(s[i..<j])) else { return false }
        return isHeading(s[r])
    }

    /// `true` for `1. Общие положения`, `2.3. Выводы`, `IV. Заключение`: a number, a capital,
    /// at most ten words and no final period.
    static func isNumberedHeading(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        // At most 90 scalars (so at most 360 bytes).
        func isNumeral(_ c: Unicode.Scalar) -> Bool { c == "I" || c == "V" || c == "X" }
        guard line.count <= 90, let first = line.first, first.asciiDigit != nil || isNumeral(first),
              let last = line.last, last != ".", last != ",", last != ";" else { return false }
        var i = line.startIndex
        let end = line.endIndex
        while i < end, line[i].asciiDigit != nil || line[i] == "." || isNumeral(line[i]) { i += 1 }
        guard i > line.startIndex, i < end, line[i - 1] == "." || line[i] == " " else { return false }
        while i < end, line[i] == " " { i += 1 }
        guard i < end, line[i].isUpperLetter, first != "0" else { return false }
        // Words as a reader counts them (between spaces, counted on characters).
        let words = line.allSatisfy(\.isOwnCharacter) ? line.split(separator: " ").count
            : String(scalars: line).split(separator: " ").count
        return words >= 2 && words <= 11
    }

    /// `true` when the line `s[r]` starts with an abstract or keywords label (looking at its
    /// first 24 scalars).
    static func startsBlockLabel(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        labelKind(s[r.lowerBound..<min(r.upperBound, r.lowerBound + 24)]) != nil
    }

    /// First words of the labels, to reject most lines at once.
    private static let labelFirstWords: Set<String> = Set((abstractLabels + keywordLabels).map { String($0.split(separator: " ")[0]) })
    private static let labelFirstWordHashes = HashSet64(labelFirstWords.map { FastCase.hash($0.unicodeScalars) })

    /// The block kind a label at the start of `text` announces.
    static func labelKind(_ text: String) -> Block.Kind? {
        var firstWord = String.UnicodeScalarView()
        for s in text.unicodeScalars.prefix(16) {
            guard s.isLetter else { break }
            firstWord.append(s.lowerFast)
        }
        guard labelFirstWords.contains(String(firstWord)) else { return nil }
        let head = FastCase.lower(String(text.prefix(20)))
        for label in keywordLabels where head.hasPrefix(label) {
            let rest = head.dropFirst(label.count)
            if rest.first == ":" || rest.first == "." || rest.first == " " { return .keywords }
        }
        for label in abstractLabels where head.hasPrefix(label) {
            let rest = head.dropFirst(label.count)
            if rest.first == "." || rest.first == ":" || rest.first == " " || rest.isEmpty { return .abstract }
        }
        return nil
    }

    /// `true` for a line written in capitals (a title line), with at least `minLetters` letters.
    static func isCapsLine(_ line: String, minLetters: Int = 8) -> Bool {
        isCapsLine(line.unicodeScalars, minLetters: minLetters)
    }

    /// `true` when nine letters in ten or more are capitals, with at least `minLetters` letters.
    static func isCapsLine<C: Collection>(_ scalars: C, minLetters: Int = 8) -> Bool where C.Element == Unicode.Scalar {
        var letters = 0, lower = 0
        for s in scalars where s.isLetter {
            letters += 1
            if s.isLowerLetter {
                lower += 1
                // Most lines give up at their second letter.
                if lower * 10 > max(letters, minLetters) { return false }
            }
        }
        return letters >= minLetters && lower * 10 <= letters
    }

    /// Classifies paragraphs in reading order. The front matter (before the first heading)
    /// holds titles, author lines, abstracts and keyword lists; the rest is the body.
    static func classify(_ paragraphs: [[Unicode.Scalar]]) -> [Block.Kind] {
        var kinds = [Block.Kind]()
        kinds.reserveCapacity(paragraphs.count)
        var inFront = true
        var previous: Block.Kind? = nil
        // Most paragraphs are long and are decided on their scalars; strings are built for the few
        // short ones the rules read as text.
        func text(_ p: [Unicode.Scalar]) -> String { String(scalars: p) }
        let firstHeading = paragraphs.firstIndex { isHeading($0[...]) || isNumberedHeading($0[...]) }
        for (k, p) in paragraphs.enumerated() {
            if let h = firstHeading, k >= h { inFront = false }
            let kind: Block.Kind
            if isHeading(p[...]) || isNumberedHeading(p[...]) || (!inFront && isCapsLine(p) && wordCount(p) <= 6) {
                kind = .heading
                if isReferenceHeading(p) {
                    kinds.append(kind)
                    previous = .references
                    continue
                }
            } else if previous == .references {
                kind = .references
            } else if let label = labelKind(p[...]) {
                kind = label
            } else if isCapsLine(p) {
                kind = .title
            } else if inFront {
                // Inside the front matter, a paragraph right after an abstract continues it;
                // short lines after a title are author and affiliation lines.
                if previous == .abstract { kind = .abstract }
                else if previous == .title || previous == .authors || previous == .keywords || previous == nil {
                    // Characters as a reader counts them: scalars, where each is a character.
                    let characters = p.allSatisfy(\.isOwnCharacter) ? p.count : text(p).count
                    kind = characters < 400 && p.last != "." ? .authors : .paragraph
                } else { kind = .paragraph }
            } else {
                kind = .paragraph
            }
            kinds.append(kind)
            previous = kind
        }
        return kinds
    }

    /// `true` for a heading after which the references come (``referenceHeadings``, trimmed of
    /// spaces, periods and colons, in any case). Headings of ASCII and Cyrillic letters (whose
    /// lower case ``Unicode/Scalar/lowerFast`` gives) are compared on their scalars; others as
    /// strings.
    static func isReferenceHeading(_ p: [Unicode.Scalar]) -> Bool {
        guard p.allSatisfy({ $0.value < 0x80 || ($0.value >= 0x400 && $0.value < 0x483) || ($0.value >= 0x48A && $0.value < 0x530) }) else {
            return referenceHeadings.contains(String(scalars: p).trimmingCharacters(in: " .:").lowercased())
        }
        var a = 0, b = p.count
        func trimmed(_ c: Unicode.Scalar) -> Bool { c == " " || c == "." || c == ":" }
        while a < b, trimmed(p[a]) { a += 1 }
        while b > a, trimmed(p[b - 1]) { b -= 1 }
        return referenceHeadingScalars.contains(p[a..<b].map { $0.lowerFast })
    }

    private static let referenceHeadingScalars = Set(referenceHeadings.map { Array($0.unicodeScalars) })

    /// Words between spaces, as `String.split(separator: " ")` counts them (on scalars where
    /// each is a character).
    static func wordCount(_ p: [Unicode.Scalar]) -> Int {
        p.allSatisfy { $0.isOwnCharacter } ? p.split(separator: " ").count : String(scalars: p).split(separator: " ").count
    }

    /// `isCapsLine(scalars, minLetters: 3)` and `isCapsLine(scalars)` in one pass.
    static func capsFacts(_ scalars: ArraySlice<Unicode.Scalar>) -> (caps3: Bool, caps: Bool) {
        var letters = 0, lower = 0
        var failed3 = false
        for s in scalars where s.isLetter {
            letters += 1
            if s.isLowerLetter {
                lower += 1
                if lower * 10 > max(letters, 3) { failed3 = true }
                // Past this, neither can hold (most lines give up at their second letter).
                if lower * 10 > max(letters, 8) { return (false, false) }
            }
        }
        let mostlyCapitals = lower * 10 <= letters
        return (!failed3 && letters >= 3 && mostlyCapitals, letters >= 8 && mostlyCapitals)
    }

    /// Headings after which the references come.
    private static let referenceHeadings: Set<String> = [
        "литература", "список литературы", "references", "әдебиеттер", "bibliography", "список источников",
        "библиографический список", "әдебиеттер тізімі", "пайдаланылған әдебиеттер",
    ]


    /// ``labelKind(_:)`` of a paragraph's scalars: most are rejected on their first word, the
    /// rest read from scalars unless their first characters are not one scalar each.
    static func labelKind(_ p: ArraySlice<Unicode.Scalar>) -> Block.Kind? {
        var j = p.startIndex
        while j < min(p.endIndex, p.startIndex + 16), p[j].isLetter { j += 1 }
        guard labelFirstWordHashes.contains(FastCase.hash(p[p.startIndex..<j])) else { return nil }
        // The label is read from the first 20 characters.
        guard p.prefix(21).allSatisfy(\.isOwnCharacter) else { return labelKind(String(scalars: p)) }
        let head = p.prefix(20).map { $0.lowerFast }
        for label in keywordLabelScalars where head.starts(with: label) {
            if head.count > label.count, ":. ".unicodeScalars.contains(head[label.count]) { return .keywords }
        }
        for label in abstractLabelScalars where head.starts(with: label) {
            if head.count == label.count || ".: ".unicodeScalars.contains(head[label.count]) { return .abstract }
        }
        return nil
    }

    private static let keywordLabelScalars = keywordLabels.map { Array($0.unicodeScalars) }
    private static let abstractLabelScalars = abstractLabels.map { Array($0.unicodeScalars) }
}

extension String {
    /// Removes the given characters from both ends.
    func trimmingCharacters(in chars: String) -> String {
        let set = Set(chars.unicodeScalars)
        var v = Substring(self).unicodeScalars
        while let f = v.first, set.contains(f) { v.removeFirst() }
        while let l = v.last, set.contains(l) { v.removeLast() }
        return String(v)
    }
}
