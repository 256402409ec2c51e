import LexCyr
import LexCyrUnicode
import XCTest

/// The Snowball stemmer wrapper, case guesses and the sentence splitter the power rules build on.
final class MorphologyTests: XCTestCase {
    func testVerbsAndTheirFormsShareAStem() throws {
        let stemmer = try Stemmer(language: "russian")
        XCTAssertEqual(Set(["назначать", "назначает", "назначал", "назначаются"].map(stemmer.stem)), ["назнача"])
        XCTAssertEqual(Set(["президент", "президента", "президентом"].map(stemmer.stem)), ["президент"])
        // The same word twice comes from the cache and agrees.
        XCTAssertEqual(stemmer.stem("полномочиями"), stemmer.stem("полномочиями"))
    }

    func testTheEndingTellsTheCase() throws {
        let stemmer = try Stemmer(language: "russian")
        let word: Letters = "президентом"
        let ending = Stemmer.ending(of: word, stem: stemmer.stem(word))
        XCTAssertEqual(ending, "ом")
        XCTAssertEqual(GrammaticalCase.russian(ending, gender: .masculine), .instrumental)
        XCTAssertEqual(GrammaticalCase.russian("а", gender: .feminine), .nominative)   // глава
        XCTAssertEqual(GrammaticalCase.russian("а", gender: .masculine), [.genitive, .accusative])   // президента
        XCTAssertEqual(GrammaticalCase.kazakh("тің"), .genitive)       // Мәжілістің
        XCTAssertEqual(GrammaticalCase.kazakh("ді"), .accusative)      // Премьер-Министрді
        XCTAssertEqual(GrammaticalCase.kazakh("сы"), .nominative)      // басшысы
    }

    func testUnknownStemmerLanguageSaysWhatToDo() {
        XCTAssertThrowsError(try Stemmer(language: "klingon")) { error in
            XCTAssertTrue("\(error)".contains("libstemmer"))
        }
    }

    func testScalarLowerCaseCoversKazakhLetters() {
        XCTAssertEqual(ScalarCase.lowered(Array("ӘҒҚҢӨҰҮҺІ Ё Q".unicodeScalars), 0..<13), "әғқңөұүһі ё q")
        XCTAssertTrue(Letters("назначает").hasPrefix("назнач"))
        XCTAssertEqual(Letters("назначает").dropFirst(6), "ает")
    }

    func testSentencesOfTheSeedKeepAbbreviationsAndInitials() throws {
        let tokenizer = try Tokenizer(locale: "ru")
        let text = "Однако по результатам конституционной реформы 2007 г. Президент может досрочно прекратить полномочия маслихата. " +
            "Г.С. Сапарагалиев подчеркивает [2, с. 214]. По второму вопросу автор ставит под сомнение формулировку.\n\nЗаключение"
        let unit = TextUnit(text, tokenizer: tokenizer)
        let sentences = SentenceSplitter().split(unit).map { unit.string($0.range) }
        XCTAssertEqual(sentences, [
            "Однако по результатам конституционной реформы 2007 г. Президент может досрочно прекратить полномочия маслихата.",
            "Г.С. Сапарагалиев подчеркивает [2, с. 214].",
            "По второму вопросу автор ставит под сомнение формулировку.",
            "Заключение",
        ])
        XCTAssertEqual(SentenceSplitter().split(unit).map(\.paragraph), [0, 0, 0, 1])
    }
}
