import LexCyr

extension FuzzHarness {
    /// The date extractor on the body and on each footnote.
    func dates(_ input: ExtractorInput) throws(InvariantViolation) {
        let (body, notes) = input.units(tokenizer: tokenizer)
        let extractor = DateExtractor()
        for unit in [body] + notes {
            for d in extractor.extract(unit) {
                try Invariants.check(d.footnote == unit.footnote, "a date in footnote \(unit.footnote ?? 0) says footnote \(d.footnote ?? 0)")
                try Invariants.record(d.text, d.start, d.end, in: unit.scalars, "date")
            }
        }
    }

    /// The act extractor: citations in the footnotes, mentions in the body, linked by markers.
    func acts(_ input: ExtractorInput) throws(InvariantViolation) {
        let (body, notes) = input.units(tokenizer: tokenizer)
        for a in ActExtractor().extract(body: body, footnotes: notes, markers: input.markers) {
            let scalars: [Unicode.Scalar]
            if let id = a.footnote {
                try Invariants.check(id >= 1 && id <= notes.count, "an act in footnote \(id) of \(notes.count)")
                scalars = notes[id - 1].scalars
            } else {
                scalars = body.scalars
            }
            try Invariants.record(a.text, a.start, a.end, in: scalars, "act")
        }
    }

    /// The power extractor on the body, with the acts of the footnotes to link powers to.
    func powers(_ input: ExtractorInput) throws(InvariantViolation) {
        let (body, notes) = input.units(tokenizer: tokenizer)
        let acts = notes.isEmpty ? [] : ActExtractor().extract(body: body, footnotes: notes, markers: input.markers)
        for p in PowerExtractor().extract(body: body, acts: acts, markers: input.markers) {
            try Invariants.check(p.footnote == nil, "a power in footnote \(p.footnote ?? 0); powers are found in the body")
            try Invariants.record(p.text, p.start, p.end, in: body.scalars, "power")
        }
    }

    /// The linter on a document built without the cleaner (its own input path: acts from the
    /// act extractor, markers from the input), then its fixes applied to each text, whose
    /// scalars are the "input file" of its fixes, and the diff of the result.
    func lint(_ input: ExtractorInput) throws(InvariantViolation) {
        let (body, notes) = input.units(tokenizer: tokenizer)
        let text = String(String.UnicodeScalarView(input.body))
        let footnotes = notes.map { n in
            Footnote(id: n.footnote ?? 0, text: String(String.UnicodeScalarView(n.scalars)),
                     marker: input.markers.first { $0.id == n.footnote }.map { Span(start: $0.offset, end: $0.offset) })
        }
        var document = Document(source: Source(path: "fuzz", sha256: "", format: .text, encoding: "UTF-8"), text: text,
                                footnotes: footnotes, acts: ActExtractor().extract(body: body, footnotes: notes, markers: input.markers))
        document.diagnostics = linter.lint(document)
        try Invariants.document(document)

        for (id, original) in [(nil, text)] + footnotes.map({ ($0.id as Int?, $0.text) }) {
            let fixes = document.diagnostics.filter { $0.footnote == id }.compactMap(\.fix)
                .map { Diagnostic.Fix(span: $0.span, replacement: $0.replacement, source: $0.span) }
            guard !fixes.isEmpty,
                  let (fixed, applied) = try? FixApplier.apply(fixes, to: Array(original.utf8), encoding: "UTF-8", path: "fuzz")
            else { continue }
            try Invariants.check(applied <= fixes.count, "\(applied) of \(fixes.count) fixes applied")
            _ = UnifiedDiff.render(old: original, new: String(decoding: fixed, as: UTF8.self), oldName: "a", newName: "b")
        }
    }
}
