/// Codes cited by their usual abbreviations: `ГК РФ`, `УК РК`, `КоАП РФ`, `НК РФ`.
///
/// An abbreviation counts only when a state follows it (`ГК РФ`, `ГПК Республики Казахстан`):
/// alone, `ГК` or `СК` may stand for anything.
enum CodeAbbreviations {
    /// Abbreviations as written (case matters: `КоАП`) and the names they stand for.
    static let names: [String: String] = [
        "ГК": "Гражданский кодекс", "ГПК": "Гражданский процессуальный кодекс", "УК": "Уголовный кодекс",
        "УПК": "Уголовно-процессуальный кодекс", "УИК": "Уголовно-исполнительный кодекс",
        "АПК": "Арбитражный процессуальный кодекс", "КАС": "Кодекс административного судопроизводства",
        "КоАП": "Кодекс об административных правонарушениях", "НК": "Налоговый кодекс", "БК": "Бюджетный кодекс",
        "ТК": "Трудовой кодекс", "ЖК": "Жилищный кодекс", "ЗК": "Земельный кодекс", "СК": "Семейный кодекс",
        "ВК": "Водный кодекс", "ЛК": "Лесной кодекс", "ВзК": "Воздушный кодекс", "ГрК": "Градостроительный кодекс",
        "ТмК": "Таможенный кодекс", "ЭК": "Экологический кодекс", "ПК": "Предпринимательский кодекс",
        "АППК": "Административный процедурно-процессуальный кодекс",
    ]

    /// The names by the abbreviation's scalars packed 16 bits each (case kept).
    private static let byKey: (index: KeyIndex, names: [String]) = {
        var index = KeyIndex(capacity: names.count)
        var values = [String]()
        for (abbreviation, name) in names {
            let s = Array(abbreviation.unicodeScalars)
            index[key(s, 0..<s.count)] = values.count
            values.append(name)
        }
        return (index, values)
    }()

    /// The scalars of `range` (at most four, in the Basic Multilingual Plane) packed 16 bits each.
    @inline(__always)
    private static func key(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> UInt64 {
        var k: UInt64 = 0
        for i in range { k = k << 16 | UInt64(scalars[i].value & 0xFFFF) }
        return k
    }

    /// The name the word at `range` abbreviates, if it is a known abbreviation.
    @inline(__always)
    static func name(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String? {
        guard (2...4).contains(range.count), Fold.isUpper(scalars[range.lowerBound]),
              range.allSatisfy({ scalars[$0].value <= 0xFFFF }),
              let k = byKey.index[key(scalars, range)] else { return nil }
        return byKey.names[k]
    }
}
