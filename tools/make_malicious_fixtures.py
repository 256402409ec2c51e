#!/usr/bin/env python3
"""Writes the generated malicious-markup fixtures under Fixtures/malicious/.

The hand-written ones (billion-laughs.xml, external-entity.xml, external-entity.html) are
committed as they are; this script writes the 10 000-deep nesting files, too repetitive to
keep by hand. Run it from anywhere: `python3 tools/make_malicious_fixtures.py`.
"""
import pathlib

OUT = pathlib.Path(__file__).resolve().parent.parent / "Fixtures" / "malicious"
DEPTH = 10_000


def deep_pdfxml():
    head = ('<?xml version="1.0" encoding="UTF-8"?>\n<pdf2xml producer="poppler" version="22.12.0">\n'
            '<page number="1" position="absolute" top="0" left="0" height="1262" width="892">\n'
            '<fontspec id="0" size="16" family="LiberationSerif" color="#000000"/>\n'
            '<text top="138" left="108" width="260" height="15" font="0">')
    tail = "</text>\n</page>\n</pdf2xml>\n"
    return head + "<b>" * DEPTH + "глубоко" + "</b>" * DEPTH + tail


def deep_html():
    head = '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>Глубоко</title></head><body>\n'
    return head + "<div>" * DEPTH + "<p>Текст на дне.</p>" + "</div>" * DEPTH + "\n</body></html>\n"


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "deep-10000.xml").write_text(deep_pdfxml(), encoding="utf-8")
    (OUT / "deep-10000.html").write_text(deep_html(), encoding="utf-8")


if __name__ == "__main__":
    main()
