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

    /// The name the word at `range` abbreviates, if it is a known abbreviation.
    static func name(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String? {
        guard (2...4).contains(range.count), Fold.isUpper(scalars[range.lowerBound]) else { return nil }
        return names[Fold.string(scalars, range)]
    }
}
