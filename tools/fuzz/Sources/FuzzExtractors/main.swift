// Fuzzes the extractors directly on arbitrary text, as body and as footnote.
import FuzzSupport
import LexCyr
import LexCyrUnicode

nonisolated(unsafe) let tokenizer = try! Tokenizer(locale: "ru")

runFuzzer { data, size in
    guard let data else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let body = TextUnit(text, footnote: nil, tokenizer: tokenizer)
    let note = TextUnit(text, footnote: 1, tokenizer: tokenizer)
    let n = body.scalars.count
    for d in DateExtractor().extract(body) + DateExtractor().extract(note) {
        precondition(0 <= d.start && d.start <= d.end && d.end <= n, "date span out of range")
    }
    let acts = ActExtractor().extract(body: body, footnotes: [note], markers: [MarkerPosition(id: 1, offset: n / 2)])
    for a in acts { precondition(0 <= a.start && a.start <= a.end && a.end <= n, "act span out of range") }
    for p in PowerExtractor().extract(body: body, acts: acts, markers: []) {
        precondition(0 <= p.start && p.start <= p.end && p.end <= n, "power span out of range")
    }
    return 0
}
