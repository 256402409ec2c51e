/// The number sign before an act number: `№ 1484`, or a Latin `N 1484` (as the adilet portal
/// writes it).
enum NumberSign {
    /// `true` when the `N` at `i` is a number sign: a word of its own followed by a number.
    static func isSign(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        guard s[i] == "N", i == 0 || !(Scalars.isLetter(s[i - 1]) || Scalars.digit(s[i - 1]) != nil || s[i - 1] == "-") else { return false }
        var j = i + 1
        if j < s.count, Scalars.isSpace(s[j]) { j += 1 }
        return j < s.count && Scalars.digit(s[j]) != nil
    }

    /// `true` when the `№` at `i` is followed by a number.
    static func isSignNo(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        guard s[i] == "№" else { return false }
        var j = i + 1
        while j < s.count, Scalars.isSpace(s[j]), j - i < 3 { j += 1 }
        return j < s.count && (Scalars.digit(s[j]) != nil || Scalars.isLetter(s[j]))
    }
}
