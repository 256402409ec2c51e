#!/usr/bin/env python3
"""Typesets a corpus article the way a word processor lays it out, for the PDF reader.

Word and LibreOffice set a footnote's number in the note's own size, followed by a space
(`3 См.: …`), where LaTeX raises it; they number pages at the foot and print no running head;
their text is 12 pt with one-and-a-half line spacing. This script takes an article of the typeset
corpus (Corpus/typeset/src/NAME.txt, read with tools/typeset_corpus.py), sets it so with XeLaTeX
and writes to Corpus/word-style/:

  NAME.pdf, NAME.tex      the article
  NAME.xml                `pdftohtml -xml -i -stdout NAME.pdf`
  NAME.pdf.gold.json, NAME.xml.gold.json   gold: the source's body text and footnotes

Requires xelatex and poppler-utils. Usage: tools/make_word_style_pdf.py [NAME ...]
"""
import json
import pathlib
import shutil
import subprocess
import sys
import tempfile

TOOLS = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(TOOLS))
from typeset_corpus import SOURCES, latex, parse, run  # noqa: E402

OUT = TOOLS.parent / "Corpus" / "word-style"
ARTICLES = ["ru-1col-constitutional-court", "kk-1col-electoral-law"]
WORD_LOOK = r"""\makeatletter
\renewcommand\@makefntext[1]{\noindent\normalfont\@thefnmark\ #1}
\makeatother
\usepackage{setspace}\onehalfspacing
"""


def build(name):
    params, blocks = parse(SOURCES / f"{name}.txt")
    params.update(layout="onecolumn", font="Liberation Serif", size="12pt", heads="plain",
                  margin="2.5cm", paper="a4paper")
    doc, body_texts, notes = latex(params, blocks)
    doc = doc.replace(r"\begin{document}", WORD_LOOK + r"\begin{document}", 1)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / f"{name}.tex").write_text(doc, encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copy(OUT / f"{name}.tex", tmp)
        for _ in range(2):
            run(["xelatex", "-interaction=nonstopmode", "-halt-on-error", f"{name}.tex"], tmp)
        shutil.copy(pathlib.Path(tmp) / f"{name}.pdf", OUT / f"{name}.pdf")
    xml = subprocess.run(["pdftohtml", "-xml", "-i", "-stdout", str(OUT / f"{name}.pdf")],
                         check=True, capture_output=True).stdout
    (OUT / f"{name}.xml").write_bytes(xml)
    ids = [n for n, _ in notes]
    for form in ("pdf", "xml"):
        gold = {
            "document": f"{name}.{form}",
            "about": f"Corpus/typeset/src/{name}.txt set as a word processor sets it (footnote numbers in the "
                     f"notes' own size, page numbers at the foot, no running head) by tools/make_word_style_pdf.py; "
                     f"body_text and footnote_texts are the source text.",
            "footnotes": {"present": ids, "markers_in_body": ids},
            "body_text": "\n\n".join(body_texts),
            "footnote_texts": {str(n): t for n, t in notes},
        }
        (OUT / f"{name}.{form}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                      encoding="utf-8")
    print(f"{name}: {len(notes)} footnotes")


if __name__ == "__main__":
    for article in sys.argv[1:] or ARTICLES:
        build(article)
