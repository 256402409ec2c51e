import LexCyrCore

/// Refuses inputs that are not text before anything tries to clean them.
enum BinarySniffer {
    /// Known binary signatures that are never documents LexCyr reads as text.
    private static let signatures: [(bytes: [UInt8], name: String)] = [
        ([0x89, 0x50, 0x4E, 0x47], "PNG image"),
        ([0xFF, 0xD8, 0xFF], "JPEG image"),
        ([0x47, 0x49, 0x46, 0x38], "GIF image"),
        ([0x50, 0x4B, 0x03, 0x04], "ZIP archive (DOCX/ODT/XLSX?)"),
        ([0x1F, 0x8B], "gzip archive"),
        ([0x7F, 0x45, 0x4C, 0x46], "ELF executable"),
        ([0xD0, 0xCF, 0x11, 0xE0], "OLE document (DOC/XLS?)"),
    ]

    /// Throws ``LexCyrError/binaryInput(path:reason:)`` when `bytes` (already known not to be
    /// UTF-16 with a BOM) look binary.
    static func check(_ bytes: [UInt8], path: String) throws(LexCyrError) {
        for sig in signatures where bytes.starts(with: sig.bytes) {
            throw .binaryInput(path: path, reason: "looks like a \(sig.name)")
        }
        let sampleCount = min(bytes.count, 64 * 1024)
        let (control, nul) = bytes.withUnsafeBytes { buffer -> (Int, Int?) in
            var control = 0
            var i = 0
            /// Counts byte `b` if it is a control byte; `false` for a NUL.
            func look(_ b: UInt8) -> Bool {
                guard b < 0x20 else { return true }
                if b == 0 { return false }
                if b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C { control += 1 }
                return true
            }
            // Eight bytes at a time; only eight holding a byte below 0x20 (one borrows) are looked into.
            while sampleCount &- i >= 8 {
                let x = UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                if (x &- 0x2020_2020_2020_2020) & ~x & 0x8080_8080_8080_8080 != 0 {
                    for k in 0..<8 where !look(UInt8(truncatingIfNeeded: x &>> UInt64(8 &* k))) { return (control, i &+ k) }
                }
                i &+= 8
            }
            while i < sampleCount {
                if !look(buffer[i]) { return (control, i) }
                i += 1
            }
            return (control, nil)
        }
        if let nul { throw .binaryInput(path: path, reason: "NUL byte at offset \(nul)") }
        if sampleCount > 0 && control * 10 > sampleCount {
            throw .binaryInput(path: path, reason: "\(control) control bytes in the first \(sampleCount)")
        }
    }
}
