import LexCyrCore

/// What an adilet.zan.kz document code (decoded by the act extractor into ``ActURLCode``) can
/// tell against a citation: the letter names the kind of act, then come the year and the number.
///
/// `Z` laws, `U` presidential decrees, `P` government resolutions, `K` codes, the Constitution
/// and the President's addresses, `V` registered departmental acts. Codes of acts adopted before
/// 1995 (Supreme Council laws numbered `2572-XII`, the 1994 Civil Code `K940001000_`) carry a
/// registry number, not the act's, and so do `V` codes; only type and year are compared there.
struct AdiletCode {
    /// The code letter, upper-cased.
    let letter: Unicode.Scalar
    /// The four-digit year, if the code has one.
    let year: Int?
    /// The number encoded, without leading zeros.
    let number: Int?
    /// The raw code.
    let code: String

    private static let adilet = Array("adilet".unicodeScalars)

    /// Act types each letter is used for.
    private static let kinds: [Unicode.Scalar: KindSet] = [
        "Z": [.law, .constitutionalLaw],
        "U": [.decree],
        "P": [.resolution],
        "K": [.code, .constitution, .address],
        "V": [.order, .resolution, .other],
    ]
    /// Types a code letter is checked against (others, like treaties, are published under several).
    private static let checkedKinds: KindSet = [.law, .constitutionalLaw, .code, .constitution, .decree, .resolution, .address]

    /// Reads `url` of an adilet citation; `nil` for other portals.
    init?(_ url: ActURLCode) {
        guard Scalars.contains(lowered: Self.adilet, in: url.portal), let first = url.code.unicodeScalars.first else { return nil }
        letter = first.value >= 0x61 && first.value <= 0x7A ? Unicode.Scalar(first.value - 0x20)! : first
        if let y = url.year { year = y < 100 ? (y >= 90 ? 1900 + y : 2000 + y) : y } else { year = nil }
        number = url.number.flatMap { Scalars.leadingNumber($0) }
        code = url.code
    }

    /// Why this code cannot be the URL of `act`, as phrases (empty when it fits).
    func contradictions(with act: ActReference) -> [String] {
        var out = [String]()
        let actYear = act.date.flatMap { Int($0.prefix(4)) }
        if let allowed = Self.kinds[letter], Self.checkedKinds.contains(act.type), !allowed.contains(act.type),
           !isDecreeWithForceOfLaw(act, year: actYear) {
            out.append("code \(code) is a \(Self.name(of: letter)), not a \(act.type.spoken)")
        }
        guard "ZUPK".unicodeScalars.contains(letter) else { return out }
        if let year, let actYear, year != actYear {
            out.append("code \(code) is of \(year), the act of \(actYear)")
        }
        if let number, let year, year >= 1995, let written = act.number, !written.utf8.contains(UInt8(ascii: "/")),
           let cited = Scalars.leadingNumber(written), cited != number {
            out.append("code \(code) encodes № \(number), the citation has № \(written)")
        }
        return out
    }

    /// In 1995 the President issued decrees with the force of (constitutional) law, published under `U`.
    private func isDecreeWithForceOfLaw(_ act: ActReference, year: Int?) -> Bool {
        letter == "U" && (act.type == .law || act.type == .constitutionalLaw) && (year ?? self.year ?? 9999) <= 1995
    }

    private static func name(of letter: Unicode.Scalar) -> String {
        switch letter {
        case "Z": "law"
        case "U": "decree"
        case "P": "government resolution"
        case "K": "code, constitution or address"
        default: "departmental act"
        }
    }
}
