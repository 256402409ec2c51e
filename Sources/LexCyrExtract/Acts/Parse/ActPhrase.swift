import LexCyrCore

/// The pieces around a type word that belong to one act reference.
struct ActPhrase {
    /// The type the anchor word names, before refinement.
    var kind: ActReference.Kind
    /// Piece index of the type word.
    var anchor: Int
    /// First and last piece of the phrase (inclusive).
    var first: Int
    var last: Int
    /// Modifiers in front of (or, in Kazakh, after) the type word.
    var modifiers: [ActLexicon.Modifier] = []
    /// Senses of the issuer and state words.
    var senses: [WordSense] = []
    /// Piece indices of the date, the number, the quoted title and a code part `(часть первая)`.
    var date: Int?
    var number: Int?
    var title: Int?
    var codePart: Int?
    /// First and last piece of an act's name (`Гражданский кодекс Российской Федерации`).
    var nameFirst: Int
    var nameLast: Int
    /// Scalar range of a descriptive phrase (`о местном управлении`, `… туралы`).
    var describe: Range<Int>?
    /// The type word is in Kazakh.
    var kazakh = false

    /// The state the phrase names, the first one written.
    var jurisdiction: String? { senses.lazy.compactMap(\.jurisdiction).first }
    /// The state a modifier implies when none is named: a federal act (`Федеральный закон`) is Russian.
    var impliedState: String? { modifiers.contains(.federal) ? "RU" : nil }
    /// `true` when the phrase names a Soviet republic or the USSR.
    var soviet: Bool { senses.contains(where: \.soviet) }
}
