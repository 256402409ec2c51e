#!/usr/bin/env python3
"""Adds the PDF, poppler-XML and pdftotext forms of each typeset article to the harness.

For every Corpus/typeset/NAME.pdf (made by tools/typeset_corpus.py) it writes:

  NAME.xml             `pdftohtml -xml -i -stdout NAME.pdf` (poppler's XML, as a user makes it)
  NAME.pdf.gold.json   gold for extracting from the PDF itself
  NAME.xml.gold.json   gold for extracting from NAME.xml
  NAME.layout.txt      `pdftotext -layout -enc UTF-8 NAME.pdf` (columns side by side)
  NAME.layout.gold.json  gold for it

Each gold copies `body_text`, `footnote_texts` and `footnotes` from NAME.raw.gold.json, the
generator's gold: every form of one article must give the same document. (The plain-text gold
of multi-column articles is left out, as tools/typeset_corpus.py does: poppler's reading-order
mode scrambles their columns.)

Requires poppler-utils. Usage: tools/typeset_forms.py [NAME ...]   (default: every PDF)
"""
import json
import pathlib
import subprocess
import sys

CORPUS = pathlib.Path(__file__).resolve().parent.parent / "Corpus" / "typeset"
FORMS = {
    "pdf": ("{name}.pdf", "extracted from the PDF itself (lexcyr runs pdftohtml -xml)"),
    "xml": ("{name}.xml", "extracted from poppler's XML, `pdftohtml -xml -i -stdout {name}.pdf`"),
    "layout": ("{name}.layout.txt", "extracted with pdftotext -layout (columns side by side)"),
}


def write_gold(name, form, base):
    document, how = FORMS[form]
    gold = {
        "document": document.format(name=name),
        "about": f"The typeset article {name} {how.format(name=name)}; body_text and footnote_texts "
                 f"are those of {name}.raw.gold.json (the source text).",
    }
    for key in ("footnotes", "body_text", "footnote_texts"):
        if key in base:
            gold[key] = base[key]
    path = CORPUS / f"{name}.{form}.gold.json"
    path.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main(names):
    pdfs = [CORPUS / f"{n}.pdf" for n in names] if names else sorted(CORPUS.glob("*.pdf"))
    for pdf in pdfs:
        name = pdf.stem
        base = json.loads((CORPUS / f"{name}.raw.gold.json").read_text(encoding="utf-8"))
        xml = subprocess.run(["pdftohtml", "-xml", "-i", "-stdout", str(pdf)],
                             check=True, capture_output=True).stdout
        (CORPUS / f"{name}.xml").write_bytes(xml)
        layout = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"],
                                check=True, capture_output=True).stdout
        (CORPUS / f"{name}.layout.txt").write_bytes(layout)
        write_gold(name, "layout", base)
        write_gold(name, "pdf", base)
        write_gold(name, "xml", base)
        print(f"{name}: xml, layout, pdf/xml/layout gold")


if __name__ == "__main__":
    main(sys.argv[1:])
