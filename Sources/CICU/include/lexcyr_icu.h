/// Plain-C facade over the parts of ICU that LexCyr uses.
///
/// ICU's own headers cannot be imported into Swift next to Foundation on Linux: ICU renames
/// every entry point by version through macros (`ubrk_open` -> `ubrk_open_72`), and Foundation
/// ships its own ICU headers whose `UErrorCode` clashes with the system's. This header therefore
/// uses only plain C types; the `.c` file includes `<unicode/...>` and links libicu.
#ifndef LEXCYR_ICU_H
#define LEXCYR_ICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Token classes reported by `lc_word_breaks`.
enum {
    LC_TOKEN_OTHER = 0,   /* spaces, punctuation, symbols */
    LC_TOKEN_NUMBER = 1,
    LC_TOKEN_LETTER = 2,
    LC_TOKEN_IDEO = 3
};

/// An opaque, reusable word-break iterator for one locale.
typedef struct lc_word_iterator lc_word_iterator;

/// Opens a word-break iterator for `locale` ("ru", "kk", "en", ...). Returns NULL on failure
/// and writes ICU's error name into `error` (at most `error_cap` bytes) when it is not NULL.
lc_word_iterator *lc_word_iterator_open(const char *locale, char *error, int32_t error_cap);

/// Closes an iterator opened by `lc_word_iterator_open`.
void lc_word_iterator_close(lc_word_iterator *it);

/// Splits UTF-16 `text` into segments. For each segment writes its end offset (UTF-16 units)
/// into `ends` and its class (`LC_TOKEN_*`) into `kinds`. Returns the number of segments, or
/// -1 on an ICU error, or -(needed) - 2 when `cap` is too small (nothing useful written).
int32_t lc_word_breaks(lc_word_iterator *it, const uint16_t *text, int32_t length,
                       int32_t *ends, uint8_t *kinds, int32_t cap);

/// Normalises UTF-16 `text` to NFC into `out`. Returns the output length, or -1 on error, or
/// -(needed) - 2 when `cap` is too small.
int32_t lc_normalize_nfc(const uint16_t *text, int32_t length, uint16_t *out, int32_t cap);

/// Returns 1 when `text` is already in NFC (quick check says yes), 0 otherwise.
int32_t lc_is_nfc(const uint16_t *text, int32_t length);

/// Full case folding of UTF-16 `text` into `out`. Same return convention as `lc_normalize_nfc`.
int32_t lc_fold_case(const uint16_t *text, int32_t length, uint16_t *out, int32_t cap);

/// Lower-cases UTF-16 `text` for `locale` into `out`. Same return convention.
int32_t lc_to_lower(const char *locale, const uint16_t *text, int32_t length, uint16_t *out, int32_t cap);

/// Detects the charset of `bytes`. Writes the ICU charset name (NUL-terminated) into `name`
/// and the confidence (0-100) into `confidence`. Returns 0 on success, -1 when nothing matched.
int32_t lc_detect_charset(const char *bytes, int32_t length, const char *declared,
                          char *name, int32_t name_cap, int32_t *confidence);

/// Converts `bytes` in `charset` to UTF-16 in `out`. Invalid sequences become U+FFFD and are
/// counted in `invalid` when it is not NULL. Returns the UTF-16 length, -1 on an unknown
/// charset or other error, or -(needed) - 2 when `cap` is too small.
int32_t lc_convert_to_utf16(const char *charset, const char *bytes, int32_t length,
                            uint16_t *out, int32_t cap, int32_t *invalid);

#ifdef __cplusplus
}
#endif

#endif
