import LexCyr
import LexCyrEval
import LexCyrExtract
import LexCyrUnicode
import Foundation
import XCTest

/// What `DateExtractor` finds and how it normalises it: every date form of the issue, periods,
/// roles, and the numbers that are not dates. Sentences are taken from, or modelled on, the
/// articles in `Corpus/`.
final class DateExtractorTests: XCTestCase {
    private let tokenizer = try! Tokenizer(locale: "ru")

    private func dates(_ text: String, footnote: Int? = nil) -> [DateMention] {
        DateExtractor().extract(TextUnit(text, footnote: footnote, tokenizer: tokenizer))
    }

    /// `value` or `value/until` (`nil` for an open end) of every date in `text`.
    private func found(_ text: String) -> [String] {
        dates(text).map { d in
            d.isPeriod ? "\(d.value ?? "nil")/\(d.until ?? "nil")" : d.value ?? "nil"
        }
    }

    // MARK: Full dates

    func testMonthNamesInEveryCaseGiveFullDates() {
        XCTAssertEqual(found("Закон Республики Казахстан от 8 декабря 1993 года № 2572-XII"), ["1993-12-08"])
        XCTAssertEqual(found("Конституция была принята 30 августа 1995 г. на референдуме"), ["1995-08-30"])
        XCTAssertEqual(found("Постановлением ЦИК от «15» января 2021 г. № 5/12"), ["2021-01-15"])
        XCTAssertEqual(found("по состоянию на 1 мая 2020 и на 31 мая 2020"), ["2020-05-01", "2020-05-31"])
    }

    func testKazakhDatesWithCaseEndings() {
        XCTAssertEqual(found("Қазақстан Республикасының 2001 жылғы 23 қаңтардағы № 148 Заңы"), ["2001-01-23"])
        XCTAssertEqual(found("2022 жылғы 5 маусымда өткен республикалық референдум"), ["2022-06-05"])
        XCTAssertEqual(found("1995 жылғы 28 қыркүйектегі № 2464 Конституциялық заңы"), ["1995-09-28"])
        XCTAssertEqual(found("1991 жылы 16 желтоқсанда Тәуелсіздік туралы заң қабылданды"), ["1991-12-16"])
        XCTAssertEqual(found("2020 жылғы наурызда төтенше жағдай енгізілді"), ["2020-03"])
    }

    func testEnglishDates() {
        XCTAssertEqual(found("The referendum held on 5 June 2022 amended the Constitution."), ["2022-06-05"])
        XCTAssertEqual(found("Law No. 148 of January 23, 2001 and the Decree of Dec. 6, 2004"), ["2001-01-23", "2004-12-06"])
        XCTAssertEqual(found("The state of emergency declared in March 2020 ended."), ["2020-03"])
        XCTAssertEqual(found("the constitutional reform of 2022, the President retains"), ["2022"])
    }

    func testNumericDates() {
        XCTAssertEqual(found("(дата обращения 13.03.2023)"), ["2023-03-13"])
        XCTAssertEqual(found("документы принимались до 6.10.2003 г. включительно"), ["2003-10-06"])
        XCTAssertEqual(found("редакция от 01.01.2020г. и от 2023-03-13"), ["2020-01-01", "2023-03-13"])
        XCTAssertEqual(found("не существует 31.02.2020, а 10.00 – это время"), [])
    }

    func testMonthAndYear() {
        XCTAssertEqual(found("изменения, внесённые в марте 2020 года"), ["2020-03"])
        XCTAssertEqual(found("в январе и феврале 2021 года"), ["2021-01", "2021-02"])
    }

    // MARK: Years, decades, centuries

    func testYearsWithTheirWords() {
        XCTAssertEqual(found("На 2023 год членами ООН являются 193 государства."), ["2023"])
        XCTAssertEqual(found("по результатам конституционной реформы 2007 г. Президент"), ["2007"])
        XCTAssertEqual(found("в 1993-м году и в течение 1994-го года"), ["1993", "1994"])
        XCTAssertEqual(found("2022 жылғы конституциялық реформадан кейін, 2015 ж. және 2019 жылы"), ["2022", "2015", "2019"])
        XCTAssertEqual(found("Конституция 1993г. действовала недолго"), ["1993"])
    }

    func testListsShareTheirYearWord() {
        XCTAssertEqual(found("конституционные реформы 2007 и 2022 годов"), ["2007", "2022"])
        XCTAssertEqual(found("в 2019, 2020 и 2021 годах"), ["2019", "2020", "2021"])
        XCTAssertEqual(found("выборы прошли 8 и 9 декабря 1993 года"), ["1993-12-08", "1993-12-09"])
    }

    func testDecadesAndCenturies() {
        XCTAssertEqual(found("в 1990-е годы и в начале 2000-х"), ["1990", "2000"])
        XCTAssertEqual(dates("в 1990-е годы").first?.precision, .decade)
        XCTAssertEqual(found("в конце 1980-х годов, в 20-е годы XX века и в 90-х"), ["1980", "1920", "1900", "1990"])
        XCTAssertEqual(found("в XIX–XX вв. и в начале XXI века"), ["1800/1900", "2000"])
        XCTAssertEqual(dates("в начале XXI века").first?.precision, .century)
        XCTAssertEqual(found("in the 1990s and the early 2000s, in the 20th century"), ["1990", "2000", "1900"])
        XCTAssertEqual(found("1990 жылдары және ХХ ғасырдың 90-жылдары"), ["1990", "1900", "1990"])
    }

    // MARK: Periods

    func testClosedPeriods() {
        XCTAssertEqual(found("с 1993 по 1995 годы была сформирована новая система"), ["1993/1995"])
        XCTAssertEqual(found("В 1993–1995 гг. действовала переходная система"), ["1993/1995"])
        XCTAssertEqual(found("1993-1995 жылдар аралығында"), ["1993/1995"])
        XCTAssertEqual(found("from 1993 to 1995 a new system was formed, between 2001 and 2005"), ["1993/1995", "2001/2005"])
        XCTAssertEqual(found("в период с 25 марта 1990 года по 16 января 2012 года"), ["1990-03-25/2012-01-16"])
        XCTAssertEqual(found("с 1 по 15 марта 2020 года и 23–25 мая 2021 г."), ["2020-03-01/2020-03-15", "2021-05-23/2021-05-25"])
        XCTAssertEqual(found("январь–март 2020 г."), ["2020-01/2020-03"])
        XCTAssertEqual(found("1999 жылдан 2004 жылға дейін"), ["1999/2004"])
        XCTAssertEqual(found("в 1993–95 гг. и в 1990–2000-х гг."), ["1993/1995", "1990/2000"])
    }

    func testOpenPeriodsAndDatesBefore() {
        let since = dates("с 2011 года назначаются акимы")
        XCTAssertEqual(since.map(\.value), ["2011"])
        XCTAssertEqual(since.map(\.until), [nil])
        XCTAssertEqual(since.map(\.isPeriod), [true])
        XCTAssertEqual(since.first?.text, "с 2011 года")
        XCTAssertEqual(found("since 2011 and 2011 жылдан бастап"), ["2011/nil", "2011/nil"])
        // `до` may exclude the year (`До 1993 года … функционировала советская система`): the date is reported.
        XCTAssertEqual(found("До 1993 года на территории Казахстана и до 2025 года"), ["1993", "2025"])
    }

    func testQuartersAndHalvesAreThePeriodsOfTheirMonths() {
        // Sentences from Corpus/dates/heldout-ru-access-to-information.txt and heldout-kk-local-budgets.txt.
        XCTAssertEqual(found("В III квартале 2021 г. было проведено 2 150 проверок"), ["2021-07/2021-09"])
        XCTAssertEqual(found("во втором полугодии 2020 г. проверок было 1 870"), ["2020-07/2020-12"])
        XCTAssertEqual(found("2022 жылдың 1-тоқсанында аудан әкімдерін сайлау туралы заң жобасы әзірленді"), ["2022-01/2022-03"])
        XCTAssertEqual(found("практику первой половины 2024 г.; за 1 квартал 2020 г.; в 1-м кв. 2022 г."),
                       ["2024-01/2024-06", "2020-01/2020-03", "2022-01/2022-03"])
        XCTAssertEqual(found("the third quarter of 2021, Q4 2022, 2020 жылғы екінші жартыжылдықта"),
                       ["2021-07/2021-09", "2022-10/2022-12", "2020-07/2020-12"])
        // A count of quarters and a phase of a decade are no part of a year.
        XCTAssertEqual(found("за 3 квартала 2021 года; во второй половине 1990-х годов"), ["2021", "1990"])
        XCTAssertEqual(found("в I квартале отчёт не сдавался"), [])
    }

    func testAcademicYearsArePeriods() {
        XCTAssertEqual(found("В 2019/2020 учебном году курс читался в 12 вузах"), ["2019/2020"])
        XCTAssertEqual(found("2018–2019 оқу жылында пәні 14 жоғары оқу орнында оқытылды"), ["2018/2019"])
        XCTAssertEqual(found("с 2019/20 учебного года и в 2023–24 гг."), ["2019/2020", "2023/2024"])
    }

    func testPhasesOfDecadesAndCenturiesJoinRanges() {
        XCTAssertEqual(found("восходит к периоду конца XIX – начала XX века"), ["1800/1900"])
        XCTAssertEqual(found("с конца 1980-х до середины 1990-х годов"), ["1980/1990"])
        XCTAssertEqual(found("XIX ғасырдың соңы – XX ғасырдың басы аралығында"), ["1800/1900"])
        XCTAssertEqual(found("в конце 2022 – начале 2023 г. был подготовлен текст"), ["2022/2023"])
        XCTAssertEqual(found("в 19 веке, в XIX столетии, in the nineteenth century, the twenty-first century"),
                       ["1800", "1800", "1800", "2000"])
    }

    func testBareYearsStandWhereNoCountedNounFollows() {
        XCTAssertEqual(found("В 2020 в Москве было рассмотрено 1995 таких дел, тогда как в 2000 муниципальных образованиях"), ["2020"])
        XCTAssertEqual(found("Начиная с 2005, Совет ежегодно направлял послание; в 2006 запущен портал"), ["2005/nil", "2006"])
        XCTAssertEqual(found("Штраф составляет от 1500 до 2000 рублей; до 2000 человек; около 1500 граждан"), [])
        XCTAssertEqual(found("Kazakhstan's Constitutional Council, established under the 1995 Constitution"), ["1995"])
        XCTAssertEqual(found("the 2019 amendments, but the 2000 cases"), ["2019"])
    }

    func testReferencesGiveIssueDaysAndAPADates() {
        XCTAssertEqual(found("// Российская газета. 2009. 13 февр. URL: http://www.consultant.ru/"), ["2009-02-13"])
        XCTAssertEqual(found("// Казахстанская правда. – 2023. – 5 дек."), ["2023-12-05"])
        XCTAssertEqual(found("Venice Commission. (2021, March 19). Opinion on the draft Constitution."), ["2021-03-19"])
        XCTAssertEqual(found("// Political Communication. Vol. 32, No. 3 (2015). P. 414–433."), ["2015"])
    }

    func testDaysWithoutAYearTakeTheYearOfTheDateBefore() {
        XCTAssertEqual(found("В 2014 году Суд вновь обратился к этому вопросу: 5 марта было вынесено определение, а 17 апреля – ещё одно."),
                       ["2014", "2014-03-05", "2014-04-17"])
        XCTAssertEqual(found("Закон принят Мажилисом 12 мая 2021 г., одобрен Сенатом 3 июня и подписан 24 июня."),
                       ["2021-05-12", "2021-06-03", "2021-06-24"])
        XCTAssertEqual(found("В середине 2022 года Мажилис провёл 1 и 2 июля слушания"), ["2022", "2022-07-01", "2022-07-02"])
        // Earlier in the year than the frame, recurring, or with no date before: no year to take.
        XCTAssertEqual(found("Закон от 23 января 2001 года вступает в силу с 1 января."), ["2001-01-23"])
        XCTAssertEqual(found("В 2019 году День Конституции ежегодно отмечается 30 августа."), ["2019"])
        XCTAssertEqual(found("Заседание назначено на 5 марта."), [])
    }

    // MARK: Not dates

    func testNumbersThatAreNotDates() {
        XCTAssertEqual(found("Закон от 8 декабря 1993 года № 2572-XII. С. 418-419. [1, с. 405]"), ["1993-12-08"])
        XCTAssertEqual(found("являются 193 государства; в соответствии со статьями 78 и 125 Конституции"), [])
        XCTAssertEqual(found("штраф от 1000 до 2000 МРП; поступило 2020 обращений, в 2000 раз больше"), [])
        XCTAssertEqual(found("сократилось с 9 до 7; партиялар саны 9-дан 7-ге дейін; ст. 2001; N 1993"), [])
        XCTAssertEqual(found("in 2000 cases; см. [3, с. 1998–2001]; I том; п. 1.2.3"), [])
    }

    func testDatesInsideURLsAreSkipped() {
        XCTAssertEqual(found("URL: https://adilet.zan.kz/rus/archive/docs/U010000633_/23.06.2001 (дата обращения 20.03.2023)"),
                       ["2023-03-20"])
    }

    // MARK: Roles

    func testRolesSayWhatADateBelongsTo() {
        let note = "См.: Закон Республики Казахстан от 23 января 2001 года № 148 «О местном государственном управлении» // ИПС «Әділет»: сайт. URL: https://adilet.zan.kz/rus/docs/Z010000148_ (дата обращения 14.03.2023)."
        XCTAssertEqual(dates(note, footnote: 13).map(\.role), [.actDate, .accessDate])
        XCTAssertEqual(dates(note, footnote: 13).map(\.footnote), [13, 13])
        let book = "Проблемы согласованного функционирования органов государственной власти: Монография. Алматы: КазГЮУ, 2006. С. 418-419."
        XCTAssertEqual(dates(book).map(\.role), [.publicationDate])
        XCTAssertEqual(dates("// Государство и право. – 2019. – № 5. – С. 12–20.").map(\.role), [.publicationDate])
        XCTAssertEqual(dates("Орталық сайлау комиссиясының 2022 жылғы 3 қарашадағы № 98/491 қаулысы (қаралған күні: 15.02.2024)").map(\.role),
                       [.actDate, .accessDate])
        XCTAssertEqual(dates("Law of the Republic of Kazakhstan dated 5 November 2022 No. 157-VII (accessed 20 February 2024)").map(\.role),
                       [.actDate, .accessDate])
        XCTAssertEqual(dates("после конституционной реформы 2022 года Президент").map(\.role), [.other])
    }

    func testEveryTextIsTheSliceItsSpanPointsAt() {
        let text = "с 1993 по 1995 годы; 2022 жылғы 5 маусымда; «15» января 2021 г.; 1990-х гг.; XX в."
        let scalars = Array(text.unicodeScalars)
        for d in dates(text) {
            XCTAssertEqual(d.text, String(String.UnicodeScalarView(scalars[d.start..<d.end])))
        }
        XCTAssertEqual(dates(text).map(\.text), ["с 1993 по 1995 годы", "2022 жылғы 5 маусымда", "«15» января 2021 г.", "1990-х гг.", "XX в."])
    }

    /// A unit may start and end anywhere: every prefix and suffix of text full of half-finished
    /// dates is read safely.
    func testTextCutAnywhereIsReadSafely() {
        let text = "«8» дек. 1993 г.; XIX–XX вв.; 1993–95 гг.; 2022 жылғы 5-маусымда; June 5, 2022; 1990's; "
            + "с 1 по 15 марта 2020 года; 2011 жылдан бастап; Алматы: КазГЮУ, 2006. С. 4; Ivanov, I. (2019)"
        let scalars = Array(text.unicodeScalars)
        for n in 0...scalars.count {
            for piece in [Array(scalars[..<n]), Array(scalars[n...])] {
                let unit = TextUnit(scalars: piece, footnote: nil, tokenizer: tokenizer)
                for d in DateExtractor().extract(unit) {
                    XCTAssertLessThanOrEqual(d.end, piece.count)
                    XCTAssertNotNil(d.value ?? d.until)
                }
            }
        }
    }

    /// Any sequence of date words, numbers and marks is read safely (a fixed pseudo-random sample).
    func testAnySequenceOfDateWordsIsReadSafely() {
        let parts = ["1993", "95", "8", "31", "2022", "1990", "XX", "XIX", "-", "–", "/", ".", ",", "«", "»", "(", ")",
                     "с", "по", "до", "и", "from", "to", "in", "of", "года", "гг", "г", "жылғы", "жылдан", "жылға",
                     "дейін", "бастап", "декабря", "маусымда", "June", "Dec", "вв", "в", "век", "-е", "-х", "s",
                     "13.03.2023", "№", "С", ":", "//", "\n", " ", "  ", "III", "квартале", "кв", "Q3", "полугодии",
                     "первой", "половины", "учебном", "году", "начала", "конца", "соңы", "столетии", "March", "19",
                     "twenty", "first", "century", "the", "1-", "тоқсанында", "рублей", "прошли", "ежегодно"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % n
        }
        for _ in 0..<3000 {
            var text = ""
            for _ in 0..<(1 + next(14)) { text += parts[next(parts.count)] + (next(3) == 0 ? "" : " ") }
            let scalars = Array(text.unicodeScalars)
            for d in dates(text) {
                XCTAssertEqual(d.text, String(String.UnicodeScalarView(scalars[d.start..<d.end])), text)
            }
        }
    }

    // MARK: Real documents

    /// Every footnote of the seed that gives an access date has it found with the access role.
    func testSeedAccessDatesAreFoundInEveryFootnote() {
        let seed = Corpus.seed
        let withAccess = seed.footnotes.filter { $0.text.contains("дата обращения") }
        XCTAssertFalse(withAccess.isEmpty)
        for f in withAccess {
            XCTAssertTrue(seed.dates.contains { $0.footnote == f.id && $0.role == .accessDate }, "footnote \(f.id): \(f.text)")
        }
        for d in seed.dates {
            let text = d.footnote.map { id in seed.footnotes.first { $0.id == id }!.text } ?? seed.text
            XCTAssertEqual(d.text, String(String.UnicodeScalarView(Array(text.unicodeScalars)[d.start..<d.end])))
        }
    }

    /// The issue's bar: precision and recall of at least 0.98 on every dates gold in `Corpus/`.
    func testEveryDatesGoldIsMetWithPrecisionAndRecallOf98() throws {
        let entries = try CorpusRunner(root: Corpus.directory).entries().filter { $0.dates != nil }
        XCTAssertGreaterThanOrEqual(entries.count, 2)
        let pipeline = Corpus.pipeline()
        for entry in entries {
            let document = try pipeline.process(path: entry.documentPath)
            let report = Evaluator().evaluate(document, gold: nil, dates: entry.dates, name: entry.name)
            let score = try XCTUnwrap(report.score("dates"))
            XCTAssertGreaterThanOrEqual(score.precision, 0.98, "\(entry.name): \(report.findings)")
            XCTAssertGreaterThanOrEqual(score.recall, 0.98, "\(entry.name): \(report.findings)")
        }
    }
}
