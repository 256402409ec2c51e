/// The word form (a ``WordClassifier`` cache index) of each token of a unit, filled in as the
/// tokens are classified: the splitter, the phrase parser and the field readers ask about the
/// same words again and again, and a second question costs an array read instead of a hash.
///
/// A view's forms belong to one classifier; another classifier starts the table afresh.
final class TokenForms {
    /// Form of each token, `-1` until it is classified.
    @exclusivity(unchecked) private var forms: [Int32]
    /// The classifier the forms belong to.
    @exclusivity(unchecked) private var owner: ObjectIdentifier?

    /// A table for `count` tokens.
    init(count: Int) {
        forms = Array(repeating: -1, count: count)
    }

    /// The form of token `i` in `classifier`'s cache, if known.
    @inline(__always)
    func form(_ i: Int, of classifier: ObjectIdentifier) -> Int? {
        guard owner == classifier else { return nil }
        let f = forms[i]
        return f < 0 ? nil : Int(f)
    }

    /// Records that token `i` is form `form` of `classifier`.
    @inline(__always)
    func set(_ i: Int, form: Int, of classifier: ObjectIdentifier) {
        if owner != classifier {
            if owner != nil { for k in forms.indices { forms[k] = -1 } }
            owner = classifier
        }
        forms[i] = Int32(form)
    }
}
