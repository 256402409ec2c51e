import Foundation
import LexCyr
import Testing

/// The JSON emitter writes the `lexcyr/1` contract, byte-exact and parseable.
@Suite("JSON output")
struct EmitTests {
    @Test("JSONWriter escapes control characters, quotes and backslashes")
    func escaping() throws {
        var w = JSONWriter()
        w.beginObject()
        w.key("s"); w.string("a\"b\\c\nd\u{01}é")
        w.key("n"); w.null()
        w.beginArray(key: "xs"); w.int(1); w.int(2); w.endArray()
        w.endObject()
        #expect(String(decoding: w.bytes, as: UTF8.self) == #"{"s":"a\"b\\c\nd\u0001é","n":null,"xs":[1,2]}"#)
    }

    @Test("Pretty and compact output parse to the same value")
    func prettyAndCompactAgree() throws {
        let doc = Corpus.seed
        let compact = DocumentEncoder(pretty: false).encode(doc)
        let pretty = DocumentEncoder(pretty: true).encode(doc)
        #expect(!compact.contains(0x0A))
        let a = try JSONSerialization.jsonObject(with: Data(compact)) as? NSDictionary
        let b = try JSONSerialization.jsonObject(with: Data(pretty)) as? NSDictionary
        #expect(a == b)
        #expect(a?["schema"] as? String == "lexcyr/1")
    }

    @Test("Offsets are Unicode scalar offsets into the text")
    func offsetsAreScalarOffsets() {
        let doc = Corpus.seed
        let scalars = Array(doc.text.unicodeScalars)
        for block in doc.blocks {
            #expect(block.start <= block.end && block.end <= scalars.count)
        }
        let first = doc.blocks[0]
        let text = String(String.UnicodeScalarView(scalars[first.start..<first.end]))
        #expect(text.hasPrefix("Аннотация."))
    }
}
