import LexCyr
import XCTest

/// `number-format`: the suffixes Russian federal acts carry, read from the footnote text whatever
/// the extractor found — and nothing asked of acts of other states. Footnotes are the lint corpus's.
final class LintNumberingTests: XCTestCase {
    private func codes(_ notes: [String]) -> [String] {
        CitationLinter(today: LintRun.today).lint(LintFixture.document(notes))
            .filter { $0.code == "number-format" }.map { "\($0.code) \($0.footnote ?? -1)" }
    }

    func testConstitutionalCourtDecisionsCarryTheirLetter() {
        XCTAssertEqual(codes([
            // heldout-ru-digital-justice.txt footnote 11 and heldout-kz-ecology.txt footnote 10.
            "Определение Конституционного Суда РФ от 17.07.2014 № 1567 «Об отказе в принятии к рассмотрению жалобы гражданина Б.» // СПС «КонсультантПлюс».",
            "Постановление Конституционного Суда Российской Федерации от 14 мая 2009 года № 8 «По делу о проверке конституционности положений пункта 1 статьи 78» // СЗ РФ. 2009. № 21.",
            "Постановление КС РФ от 10.03.2017 № 6 «По делу о проверке конституционности» // СЗ РФ. 2017. № 12.",
            "Определение Конституционного Суда РФ от 17.07.2014 № 1567-П «Об отказе в принятии к рассмотрению жалобы».",
        ]), ["number-format 1", "number-format 2", "number-format 3", "number-format 4"])
        XCTAssertEqual(codes([
            "Определение Конституционного Суда Российской Федерации от 10 ноября 2002 года № 284-О // Вестник Конституционного Суда РФ. 2003. № 2.",
            "Определение Конституционного Суда РФ от 02.07.2013 № 1055-О-О // СПС «КонсультантПлюс».",
            "Постановление Конституционного Суда РФ от 30.02.2019 № 12-П «По делу о проверке конституционности части первой статьи 135».",
            "Постановление Пленума Верховного Суда РФ от 26.12.2017 № 57 «О некоторых вопросах применения законодательства».",
            "Нормативное постановление Конституционного Суда Республики Казахстан от 27 апреля 2023 года № 12 «Об официальном толковании».",
        ]), [], "suffixed rulings, a Plenum resolution and the Kazakh court's numbering are fine")
    }

    func testFederalLawsAreFoundHoweverTheCitationIsOrdered() {
        XCTAssertEqual(codes([
            // Title first (heldout-ru-digital-justice.txt footnote 12 with a number), an abbreviation, an en dash.
            "Федеральный закон «Об организации предоставления государственных и муниципальных услуг» от 27.07.2010 № 210 // СЗ РФ. 2010. № 31.",
            "ФЗ от 27.07.2006 № 152 «О персональных данных» // СЗ РФ. 2006. № 31.",
            "Федеральный закон от 06.10.2003 № 131–ФЗ «Об общих принципах организации местного самоуправления».",
            "Федеральный конституционный закон от 17.12.1997 № 2 \"О Правительстве Российской Федерации\" // СЗ РФ. 1997. № 51.",
        ]), ["number-format 1", "number-format 2", "number-format 4"])
    }

    func testGovernmentOrdersOfRussiaCarryR() {
        XCTAssertEqual(codes([
            "Распоряжение Правительства РФ от 17.11.2008 № 1662 «О Концепции долгосрочного социально-экономического развития» // СЗ РФ. 2008. № 47.",
            "Распоряжение Правительства Российской Федерации от 18 декабря 2012 года № 2423-р «Об утверждении Основ государственной политики».",
            "Распоряжение Премьер-Министра Республики Казахстан от 1 июня 2020 года № 75 «О мерах» // ИПС «Әділет».",
        ]), ["number-format 1"])
    }
}
