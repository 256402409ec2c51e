import LexCyrCore

/// Links a power to the act it rests on: a footnote marker inside the power's evidence whose
/// footnote holds a citation of an act.
struct PowerActLinker {
    /// Body offsets of markers whose footnote cites an act, with that act's `act_id`.
    private let citing: [(offset: Int, actID: String)]

    init(acts: [ActReference], markers: [MarkerPosition]) {
        var byFootnote = [Int: String]()
        for a in acts where a.isCitation && !a.actID.isEmpty {
            if let f = a.footnote, byFootnote[f] == nil { byFootnote[f] = a.actID }
        }
        citing = markers.compactMap { m in byFootnote[m.id].map { (m.offset, $0) } }.sorted { $0.offset < $1.offset }
    }

    /// The `act_id` of the citing marker in `span` nearest to `anchor`, if any.
    func actID(in span: Range<Int>, near anchor: Int) -> String? {
        var best: (String, Int)? = nil
        for c in citing where c.offset >= span.lowerBound && c.offset <= span.upperBound {
            let d = abs(c.offset - anchor)
            if best == nil || d < best!.1 { best = (c.actID, d) }
        }
        return best?.0
    }
}
