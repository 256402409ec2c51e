#include "lexcyr_icu.h"

#include <string.h>
#include <stdlib.h>
#include <unicode/ubrk.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/ucsdet.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>

struct lc_word_iterator {
    UBreakIterator *bi;
};

static void copy_error(UErrorCode status, char *error, int32_t cap) {
    if (error == NULL || cap <= 0) return;
    const char *name = u_errorName(status);
    strncpy(error, name, (size_t)cap - 1);
    error[cap - 1] = '\0';
}

lc_word_iterator *lc_word_iterator_open(const char *locale, char *error, int32_t error_cap) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *bi = ubrk_open(UBRK_WORD, locale, NULL, 0, &status);
    if (U_FAILURE(status) || bi == NULL) {
        copy_error(status, error, error_cap);
        return NULL;
    }
    lc_word_iterator *it = (lc_word_iterator *)malloc(sizeof(lc_word_iterator));
    if (it == NULL) { ubrk_close(bi); copy_error(U_MEMORY_ALLOCATION_ERROR, error, error_cap); return NULL; }
    it->bi = bi;
    return it;
}

void lc_word_iterator_close(lc_word_iterator *it) {
    if (it == NULL) return;
    ubrk_close(it->bi);
    free(it);
}

int32_t lc_word_breaks(lc_word_iterator *it, const uint16_t *text, int32_t length,
                       int32_t *ends, uint8_t *kinds, int32_t cap) {
    if (it == NULL || length < 0) return -1;
    if (length == 0) return 0;
    UErrorCode status = U_ZERO_ERROR;
    ubrk_setText(it->bi, (const UChar *)text, length, &status);
    if (U_FAILURE(status)) return -1;
    int32_t count = 0;
    ubrk_first(it->bi);
    for (int32_t end = ubrk_next(it->bi); end != UBRK_DONE; end = ubrk_next(it->bi)) {
        if (count < cap) {
            int32_t rule = ubrk_getRuleStatus(it->bi);
            uint8_t kind = LC_TOKEN_OTHER;
            if (rule >= UBRK_WORD_IDEO && rule < UBRK_WORD_IDEO_LIMIT) kind = LC_TOKEN_IDEO;
            else if (rule >= UBRK_WORD_KANA && rule < UBRK_WORD_KANA_LIMIT) kind = LC_TOKEN_IDEO;
            else if (rule >= UBRK_WORD_LETTER && rule < UBRK_WORD_LETTER_LIMIT) kind = LC_TOKEN_LETTER;
            else if (rule >= UBRK_WORD_NUMBER && rule < UBRK_WORD_NUMBER_LIMIT) kind = LC_TOKEN_NUMBER;
            ends[count] = end;
            kinds[count] = kind;
        }
        count++;
    }
    if (count > cap) return -count - 2;
    return count;
}

static const UNormalizer2 *nfc(void) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *n = unorm2_getNFCInstance(&status);
    return U_FAILURE(status) ? NULL : n;
}

int32_t lc_normalize_nfc(const uint16_t *text, int32_t length, uint16_t *out, int32_t cap) {
    const UNormalizer2 *n = nfc();
    if (n == NULL) return -1;
    UErrorCode status = U_ZERO_ERROR;
    int32_t len = unorm2_normalize(n, (const UChar *)text, length, (UChar *)out, cap, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) return -len - 2;
    if (U_FAILURE(status)) return -1;
    return len;
}

int32_t lc_is_nfc(const uint16_t *text, int32_t length) {
    const UNormalizer2 *n = nfc();
    if (n == NULL) return 0;
    UErrorCode status = U_ZERO_ERROR;
    UNormalizationCheckResult r = unorm2_quickCheck(n, (const UChar *)text, length, &status);
    return (U_SUCCESS(status) && r == UNORM_YES) ? 1 : 0;
}

int32_t lc_fold_case(const uint16_t *text, int32_t length, uint16_t *out, int32_t cap) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t len = u_strFoldCase((UChar *)out, cap, (const UChar *)text, length, U_FOLD_CASE_DEFAULT, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) return -len - 2;
    if (U_FAILURE(status)) return -1;
    return len;
}

int32_t lc_to_lower(const char *locale, const uint16_t *text, int32_t length, uint16_t *out, int32_t cap) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t len = u_strToLower((UChar *)out, cap, (const UChar *)text, length, locale, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) return -len - 2;
    if (U_FAILURE(status)) return -1;
    return len;
}

int32_t lc_detect_charset(const char *bytes, int32_t length, const char *declared,
                          char *name, int32_t name_cap, int32_t *confidence) {
    UErrorCode status = U_ZERO_ERROR;
    UCharsetDetector *csd = ucsdet_open(&status);
    if (U_FAILURE(status)) return -1;
    ucsdet_setText(csd, bytes, length, &status);
    if (declared != NULL) ucsdet_setDeclaredEncoding(csd, declared, -1, &status);
    const UCharsetMatch *match = ucsdet_detect(csd, &status);
    if (U_FAILURE(status) || match == NULL) { ucsdet_close(csd); return -1; }
    const char *found = ucsdet_getName(match, &status);
    int32_t conf = ucsdet_getConfidence(match, &status);
    if (U_FAILURE(status) || found == NULL) { ucsdet_close(csd); return -1; }
    strncpy(name, found, (size_t)name_cap - 1);
    name[name_cap - 1] = '\0';
    if (confidence) *confidence = conf;
    ucsdet_close(csd);
    return 0;
}

int32_t lc_convert_to_utf16(const char *charset, const char *bytes, int32_t length,
                            uint16_t *out, int32_t cap, int32_t *invalid) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter *cnv = ucnv_open(charset, &status);
    if (U_FAILURE(status) || cnv == NULL) return -1;
    /* Substitute U+FFFD for invalid input and count what was substituted. */
    int32_t bad = 0;
    if (invalid != NULL) {
        /* Count invalid sequences with a first pass through a stop-on-error converter. */
        UErrorCode s2 = U_ZERO_ERROR;
        UConverter *probe = ucnv_open(charset, &s2);
        if (U_SUCCESS(s2)) {
            ucnv_setToUCallBack(probe, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &s2);
            const char *src = bytes, *limit = bytes + length;
            UChar buf[1024];
            while (src < limit) {
                UChar *target = buf;
                const char *before = src;
                s2 = U_ZERO_ERROR;
                ucnv_toUnicode(probe, &target, buf + 1024, &src, limit, NULL, 1, &s2);
                if (s2 == U_BUFFER_OVERFLOW_ERROR) continue;
                if (U_FAILURE(s2)) {
                    /* The converter consumed the illegal bytes; make sure we always progress. */
                    bad++;
                    ucnv_reset(probe);
                    if (src == before && src < limit) src++;
                    continue;
                }
                break;
            }
            ucnv_close(probe);
        }
        *invalid = bad;
    }
    int32_t len = ucnv_toUChars(cnv, (UChar *)out, cap, bytes, length, &status);
    ucnv_close(cnv);
    if (status == U_BUFFER_OVERFLOW_ERROR) return -len - 2;
    if (U_FAILURE(status)) return -1;
    return len;
}
