import LexCyrCore

/// A set of act kinds as bits. `Set<ActReference.Kind>` hashes each kind's raw `String` on every
/// look-up; the checks ask per citation, so they use this instead.
struct KindSet: ExpressibleByArrayLiteral, Sendable {
    private var bits: UInt16 = 0

    /// A set of `kinds`.
    init(arrayLiteral kinds: ActReference.Kind...) {
        for k in kinds { bits |= Self.bit(k) }
    }

    /// `true` when `kind` is in the set.
    func contains(_ kind: ActReference.Kind) -> Bool { bits & Self.bit(kind) != 0 }

    private static func bit(_ kind: ActReference.Kind) -> UInt16 {
        switch kind {
        case .constitution: 1 << 0
        case .constitutionalLaw: 1 << 1
        case .law: 1 << 2
        case .code: 1 << 3
        case .decree: 1 << 4
        case .resolution: 1 << 5
        case .order: 1 << 6
        case .address: 1 << 7
        case .courtDecision: 1 << 8
        case .bill: 1 << 9
        case .treaty: 1 << 10
        case .other: 1 << 11
        }
    }
}
