import LexCyrCore

/// Readable, stable identifiers for acts: `kz/law/2001-01-23/148`, `kz/constitution/1993`,
/// `kz/address/2020-09-01`, `kz/constitutional_law/о-президенте-республики-казахстан`.
///
/// The identifier is built from what identifies an act: state, type, date and number; an act
/// cited without them is identified by its constitution year, title or description. Numbers lose
/// the Kazakh `ЗРК`/`ҚРЗ` suffix and Cyrillic look-alikes in Roman numerals, so the Russian and
/// Kazakh citations of one law agree.
enum ActIdentity {
    /// The identifier `act` has by itself; `place` names the unit and offset for acts that have
    /// nothing else to tell them apart (`body-1234`); `nameKey` replaces the title's words (a
    /// mention's name in any grammatical case).
    static func baseID(_ act: ParsedAct, place: @autoclosure () -> String, nameKey: String? = nil) -> String {
        // The parts are written as UTF-8 into one buffer and made a `String` once.
        var id = [UInt8]()
        id.reserveCapacity(64)
        appendLowercased(act.jurisdiction ?? "xx", to: &id)
        func add(_ part: String) {
            id.append(0x2F)   // `/`
            if part.utf8.withContiguousStorageIfAvailable({ id.append(contentsOf: $0) }) == nil { id.append(contentsOf: part.utf8) }
        }
        if act.kind == .constitution {
            add("constitution")
            if let y = act.year { add(y) } else if act.soviet { add("ssr") }
            return String(decoding: id, as: UTF8.self)
        }
        add(act.kind.rawValue)
        if let n = act.number.map(normalizedNumber) {
            add(act.date ?? "undated")
            add(n)
            return String(decoding: id, as: UTF8.self)
        }
        let named = nameKey ?? (act.title ?? act.describe).map(slug)
        if let d = act.date {
            add(d)
            if d.utf8.count < 10, let named { add(named) }
        } else if let named, !named.isEmpty {
            add(named)
        } else {
            add(place())
        }
        return String(decoding: id, as: UTF8.self)
    }

    /// Appends `state` lower-cased (state codes are ASCII; anything else goes through
    /// `String.lowercased()`).
    private static func appendLowercased(_ state: String, to id: inout [UInt8]) {
        let ascii = state.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return false }
            for b in bytes { id.append(b >= 0x41 && b <= 0x5A ? b + 0x20 : b) }
            return true
        }
        if ascii != true { id.append(contentsOf: state.lowercased().utf8) }
    }

    /// `true` when `act` has a ``canonicalKey(_:)``: a full date and a number.
    static func hasCanonicalKey(_ act: ParsedAct) -> Bool {
        act.number != nil && act.date?.utf8.count == 10
    }

    /// The key under which one act is known whatever its type and state are written as: its
    /// date and number (`|2001-01-23|148`), as an ``IDHash`` (the key is only compared, never
    /// shown). ``canonicalKey(_:state:)`` adds the state.
    static func canonicalKey(_ act: borrowing ParsedAct) -> UInt64? {
        guard let d = act.date, d.utf8.count == 10, let n = act.number else { return nil }
        var h = IDHash.add(IDHash.seed, "|")
        h = IDHash.add(h, d)
        h = IDHash.add(h, "|")
        return IDHash.add(h, normalizedNumber(n))
    }

    /// `key` (a ``canonicalKey(_:)``) of an act of `state`: one act whatever its type is written
    /// as. (State codes hold no `#`, so the pair of key and state is told apart unambiguously.)
    static func canonicalKey(_ key: UInt64, state: String) -> UInt64 {
        IDHash.add(IDHash.add(key, "#"), state)
    }

    /// `416-V ЗРК` → `416-V`, `327-VІ` (Cyrillic І) → `327-VI`, `8/187` → `8_187`: the number
    /// without spaces and without a suffix of ``ActLexicon/numberSuffixes`` written after one.
    static func normalizedNumber(_ n: String) -> String {
        // Only `/`, a space and the Cyrillic look-alikes (not ASCII) can change anything.
        // (The bytes in place: walking `utf8` by index costs ten times more.)
        let plain = n.utf8.withContiguousStorageIfAvailable { !$0.contains { $0 == 0x20 || $0 == 0x2F || $0 >= 0x80 } }
        if plain ?? !n.utf8.contains(where: { $0 == 0x20 || $0 == 0x2F || $0 >= 0x80 }) { return n }
        if !n.unicodeScalars.contains(where: { $0 == " " || $0 == "/" || $0 == "І" || $0 == "Ӏ" || $0 == "Х" }) { return n }
        let s = Array(n.unicodeScalars)
        var end = s.count
        // The last space-separated part, when there are several, may be a suffix (`416-V ЗРК`).
        if let lastEnd = s.lastIndex(where: { $0 != " " }).map({ $0 + 1 }),
           let space = s[..<lastEnd].lastIndex(of: " "), s[..<space].contains(where: { $0 != " " }),
           ActLexicon.numberSuffixes.contains(Fold.string(s, (space + 1)..<lastEnd)) {
            end = space
        }
        var out = [Unicode.Scalar]()
        out.reserveCapacity(end)
        for c in s[..<end] {
            switch c {
            case " ": continue
            case "І", "Ӏ": out.append("I")
            case "Х": out.append("X")
            case "/": out.append("_")
            default: out.append(c)
            }
        }
        return Fold.string(out, 0..<out.count)
    }

    /// The first eight words (runs of letters and digits) of a title, lower-cased and joined by `-`.
    static func slug(_ title: String) -> String {
        var out = [Unicode.Scalar]()
        var words = 0, inWord = false
        for s in title.unicodeScalars {
            if Fold.isLetter(s) || s.asciiDigitValue != nil {
                if !inWord {
                    if words == 8 { break }
                    if words > 0 { out.append("-") }
                    words += 1
                    inWord = true
                }
                out.append(Fold.lower(s))
            } else {
                inWord = false
            }
        }
        return Fold.string(out, 0..<out.count)
    }

    /// `true` when `a` may be a reference to the act `b` describes (no field contradicts, and
    /// `b` knows at least what `a` knows).
    /// `kind` stands for `a`'s type (to ask whether `a` written as another type would agree).
    static func compatible(_ a: borrowing ParsedAct, _ b: borrowing ParsedAct, kind: ActReference.Kind? = nil) -> Bool {
        let aKind = kind ?? a.kind
        let sameNumber = a.number != nil && b.number != nil && normalizedNumber(a.number!) == normalizedNumber(b.number!)
        func isLaw(_ k: ActReference.Kind) -> Bool { k == .law || k == .constitutionalLaw }
        guard aKind == b.kind || (sameNumber && isLaw(aKind) && isLaw(b.kind)) else { return false }
        if let x = a.jurisdiction, let y = b.jurisdiction, x != y, !a.stateGuessed, !b.stateGuessed { return false }
        if a.soviet != b.soviet { return false }
        if a.number != nil, !sameNumber { return false }
        if let d = a.date {
            guard let e = b.date, e.hasPrefix(d) || d.hasPrefix(e) else { return false }
        }
        return true
    }
}
