import LexCyrCore

/// Where the statements of one clause stand in time: their status and the year they hold from.
struct ClauseTime {
    /// Status cued by the clause's words (before looking at the tense of the action itself).
    var cue: StatusCue?
    /// `true` when the clause has a past cue and nothing that grants the power anew.
    var isPast: Bool
    /// The year the clause dates the statement from (`с 2022 года`, `в 2007 году`).
    var since: String?

    /// Reads the clause `clause` of `items`.
    init(_ items: [PowerWord], clause: Int) {
        var abolished = false, proposed = false, past = false, granted = false
        var strong: String? = nil, weak: String? = nil
        var bracket = 0
        for k in items.indices where items[k].clause == clause {
            let punct = items[k].punct
            if punct == "[" { bracket += 1 }
            if punct == "]" { bracket = max(0, bracket - 1) }
            if items[k].isWord, let hit = CueTable.status.longestMatch(items, at: k) {
                switch hit.entry.value {
                case .abolished: abolished = abolished || !(k > 0 && items[k - 1].lower == CueTable.Word.behind)
                case .proposed: proposed = true
                case .past: past = true
                case .granted: granted = true
                }
            }
            guard bracket == 0, let year = items[k].number, (1900...2099).contains(year) else { continue }
            let before = k > 0 ? items[k - 1].lower : Letters([])
            let after = k + 1 < items.count ? items[k + 1].lower : Letters([])
            if CueTable.untilWords.contains(before) || after == CueTable.Word.untilKk {
                past = true
            } else if CueTable.sinceWords.contains(before) || after.hasPrefix(CueTable.Word.fromYearKk) {
                strong = strong ?? String(year)
            } else {
                weak = weak ?? String(year)
            }
        }
        cue = abolished ? .abolished : proposed ? .proposed : nil
        isPast = past && !granted
        since = strong ?? weak
    }

    /// The status of an action in this clause; `verbPast` when the action is a past-tense verb.
    func status(verbPast: Bool) -> Power.Status {
        switch cue {
        case .abolished: return .abolished
        case .proposed: return .proposed
        default: return isPast || verbPast ? .historical : .inForce
        }
    }
}
