import CCrypto

/// The SHA-256 of each input (its `source.sha256`, and the content hash by which a batch skips
/// inputs whose output is up to date), computed by OpenSSL's libcrypto.
///
/// libcrypto uses the CPU's SHA instructions where there are any (SHA-NI on x86-64, the ARMv8
/// crypto extensions) and hand-tuned vector code elsewhere: about ten times fewer instructions
/// per byte than portable code, which mattered because every input is hashed whole.
enum SHA256 {
    /// Lower-case hex digest of `bytes`.
    static func hex(_ bytes: [UInt8]) -> String {
        var digest = [UInt8](repeating: 0, count: 32)
        var length: UInt32 = 0
        let ok = bytes.withUnsafeBytes { input in
            digest.withUnsafeMutableBufferPointer { out in
                EVP_Digest(input.baseAddress, input.count, out.baseAddress, &length, EVP_sha256(), nil)
            }
        }
        // EVP_Digest fails only when libcrypto cannot allocate its context.
        precondition(ok == 1 && length == 32, "libcrypto could not compute a SHA-256 (out of memory?)")
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(64)
        for b in digest {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 0xF)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
