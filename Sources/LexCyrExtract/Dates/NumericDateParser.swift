/// Reads the digits of one token: a plain number (`1993`), a dotted date (`13.03.2023`,
/// `6.10.2003`), either with letters glued on (`2023г`, `01.01.2020г`, `1990s`, `20th`).
enum NumericDateParser {
    /// What the digits of a token say.
    enum Form: Equatable {
        /// A whole number and how many digits it was written with.
        case integer(Int, digits: Int)
        /// A day, month and four-digit year written with dots.
        case dotted(day: Int, month: Int, year: Int)
    }

    /// A parsed token: its digits, and the letters glued after them (lowercased, may be empty).
    struct Result: Equatable {
        var form: Form
        var suffix: String
    }

    /// Parses `scalars`, or returns `nil` when they are not digits (with at most two dots
    /// between groups) optionally followed by letters.
    static func parse(_ scalars: ArraySlice<Unicode.Scalar>) -> Result? {
        // At most three groups, kept in place (no array per token).
        var groups: (first: (value: Int, digits: Int), second: (value: Int, digits: Int)) = ((0, 0), (0, 0))
        var count = 0
        var value = 0, digits = 0
        var p = scalars.startIndex
        while p < scalars.endIndex {
            let v = scalars[p].value
            if v >= 0x30 && v <= 0x39 {
                guard digits < 4 else { return nil }
                value = value &* 10 &+ Int(v - 0x30)
                digits += 1
            } else if v == 0x2E, digits > 0, count < 2,
                      p + 1 < scalars.endIndex, isDigit(scalars[p + 1]) {
                if count == 0 { groups.first = (value, digits) } else { groups.second = (value, digits) }
                count += 1
                value = 0
                digits = 0
            } else {
                break
            }
            p += 1
        }
        guard digits > 0 else { return nil }
        var suffix = String.UnicodeScalarView()
        while p < scalars.endIndex {
            let s = scalars[p]
            guard s.properties.isAlphabetic || s == "'" || s == "’" else { return nil }
            if s != "'" && s != "’" { suffix.append(ScalarCase.lower(s)) }
            p += 1
        }
        switch count {
        case 0:
            return Result(form: .integer(value, digits: digits), suffix: String(suffix))
        case 2 where groups.first.digits <= 2 && groups.second.digits <= 2 && digits == 4:
            return Result(form: .dotted(day: groups.first.value, month: groups.second.value, year: value),
                          suffix: String(suffix))
        default:
            return nil
        }
    }

    private static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }
}

/// Calendar arithmetic and ISO 8601 formatting for the date parsers.
enum DateCalendar {
    /// Years a four-digit number may stand for.
    static let years = 1000...2100

    /// Number of days in `month` of `year`.
    static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// `true` when the day and month (if any) exist in `year`.
    static func isValid(year: Int, month: Int?, day: Int?) -> Bool {
        guard years.contains(year) else { return false }
        guard let month else { return day == nil }
        guard (1...12).contains(month) else { return false }
        guard let day else { return true }
        return day >= 1 && day <= days(inMonth: month, year: year)
    }

    /// ISO 8601 text at the precision given: `2001`, `2001-01`, `2001-01-23`.
    static func iso(year: Int, month: Int?, day: Int?) -> String {
        // Written straight into the string's storage when every field fits its width.
        if (0...9999).contains(year), (0...99).contains(month ?? 0), (0...99).contains(day ?? 0) {
            let count = month == nil ? 4 : day == nil ? 7 : 10
            return String(unsafeUninitializedCapacity: count) { b in
                func put(_ n: Int, width: Int, at i: Int) {
                    var n = n
                    for k in (i..<(i + width)).reversed() {
                        b[k] = UInt8(0x30 + n % 10)
                        n /= 10
                    }
                }
                put(year, width: 4, at: 0)
                if let month {
                    b[4] = UInt8(ascii: "-")
                    put(month, width: 2, at: 5)
                    if let day {
                        b[7] = UInt8(ascii: "-")
                        put(day, width: 2, at: 8)
                    }
                }
                return count
            }
        }
        var s = pad(year, 4)
        if let month {
            s += "-" + pad(month, 2)
            if let day { s += "-" + pad(day, 2) }
        }
        return s
    }

    private static func pad(_ n: Int, _ width: Int) -> String {
        let d = String(n)
        return d.count >= width ? d : String(repeating: "0", count: width - d.count) + d
    }
}
