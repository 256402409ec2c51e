// Fuzzes the whole pipeline from raw bytes: format sniffing, decoding (any encoding), readers,
// cleaning, extraction, lint and JSON. Errors are fine; crashes, leaks and hangs are not.
import FuzzSupport
import LexCyr

nonisolated(unsafe) let pipeline = try! Pipeline(options: .init(limits: InputLimits(maxBytes: 1 << 20), today: "2023-12-31", lexicon: nil))

runFuzzer { data, size in
    guard let data else { return 0 }
    let input = RawInput(path: "fuzz", bytes: Array(UnsafeBufferPointer(start: data, count: size)))
    if let document = try? pipeline.process(input) {
        _ = DocumentEncoder().encode(document)
    }
    return 0
}
