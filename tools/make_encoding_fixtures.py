#!/usr/bin/env python3
"""Writes the encoding fixtures under Fixtures/encodings/ from the seed article.

  seed.utf16le.txt, seed.utf16be.txt   the whole seed in UTF-16 with a byte-order mark
  seed.utf8bom.txt                     the whole seed in UTF-8 with a byte-order mark
  ru-only.utf8.txt                     a Russian-only derivative: the seed without its Kazakh
                                       abstract, the Kazakh letters left (`Әділет`) spelt as a
                                       Russian typist would (`Адилет`), since Windows-1251 and
                                       KOI8-R have no Kazakh letters
  ru-only.cp1251.txt                   that text in Windows-1251
  ru-koi8.utf8.txt, ru-koi8.koi8r.txt  the same text as a KOI8-R typist had to write it (KOI8-R
                                       has no «», № or –: "", N and - instead), in UTF-8 and KOI8-R
  short.utf8.txt, short.cp1251.txt, short.koi8r.txt   one sentence of it (charset detection
                                       has the least to go on in short texts)

Usage: python3 tools/make_encoding_fixtures.py
"""
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
SEED = ROOT / "Corpus" / "seed" / "kz-president-local-authorities.txt"
OUT = ROOT / "Fixtures" / "encodings"
KAZAKH = str.maketrans("әғқңөұүһіӘҒҚҢӨҰҮҺІ", "агкноууhиАГКНОУУHИ")
KOI8 = str.maketrans({"«": '"', "»": '"', "№": "N", "–": "-", "—": "-"})


def russian_only(text):
    """The seed without the Kazakh abstract (from its title to the English title)."""
    start = text.index("ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ ПРЕЗИДЕНТІ")
    end = text.index("THE PRESIDENT OF THE REPUBLIC OF KAZAKHSTAN")
    return (text[:start] + text[end:]).translate(KAZAKH)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    seed = SEED.read_text(encoding="utf-8")
    (OUT / "seed.utf16le.txt").write_bytes(b"\xff\xfe" + seed.encode("utf-16-le"))
    (OUT / "seed.utf16be.txt").write_bytes(b"\xfe\xff" + seed.encode("utf-16-be"))
    (OUT / "seed.utf8bom.txt").write_bytes(b"\xef\xbb\xbf" + seed.encode("utf-8"))
    ru = russian_only(seed)
    (OUT / "ru-only.utf8.txt").write_text(ru, encoding="utf-8")
    (OUT / "ru-only.cp1251.txt").write_bytes(ru.encode("cp1251"))
    koi8 = ru.translate(KOI8)
    (OUT / "ru-koi8.utf8.txt").write_text(koi8, encoding="utf-8")
    (OUT / "ru-koi8.koi8r.txt").write_bytes(koi8.encode("koi8-r"))
    short = "Согласно Конституции, Казахстан является унитарным государством.\n"
    (OUT / "short.utf8.txt").write_text(short, encoding="utf-8")
    (OUT / "short.cp1251.txt").write_bytes(short.encode("cp1251"))
    (OUT / "short.koi8r.txt").write_bytes(short.encode("koi8-r"))


if __name__ == "__main__":
    main()
