/// The content stems of a list of acts' titles (or descriptions), each computed the first time
/// it is needed: most references get their identity from a date and a number, and their words
/// are never compared.
final class ActStems {
    private let texts: [String?]
    private var sets: [StemSet?]
    private let stems: (String?) -> StemSet

    /// Stems of `texts`, computed by `stems` when asked for.
    init(_ texts: [String?], stems: @escaping (String?) -> StemSet) {
        self.texts = texts
        self.stems = stems
        sets = Array(repeating: nil, count: texts.count)
    }

    /// The stems of text `k`.
    subscript(k: Int) -> StemSet {
        if let s = sets[k] { return s }
        let s = stems(texts[k])
        sets[k] = s
        return s
    }
}
