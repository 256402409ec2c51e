#!/usr/bin/env python3
"""Typesets the article sources in Corpus/typeset/src/ with XeLaTeX and extracts them back
with poppler, giving PDF-extracted text with known ground truth.

For every source `src/NAME.txt` it writes, in Corpus/typeset/:

  NAME.tex            the LaTeX file (kept so the PDF can be rebuilt)
  NAME.pdf            the typeset article (two runs of xelatex)
  NAME.raw.txt        `pdftotext -raw -enc UTF-8 NAME.pdf`
  NAME.plain.txt      `pdftotext -enc UTF-8 NAME.pdf` (poppler's reading-order mode)
  NAME.raw.gold.json  and NAME.plain.gold.json: the gold files for the corpus harness
                      (`body_text`, `footnote_texts`, `footnotes`)

Source format (UTF-8). A header of `%% key: value` lines sets the layout; then blocks separated
by blank lines. A block starts with an optional tag:

  @title TEXT        the article title (several @title blocks: several titles, e.g. kk and en)
  @authors TEXT      an author or affiliation line
  @abstract TEXT     an abstract paragraph (starts with its label: `Аннотация.`, `Abstract.`)
  @keywords TEXT     a keyword list (`Ключевые слова: ...`)
  @heading TEXT      a section heading
  @caps-heading TEXT a heading typeset as written (all capitals)
  TEXT               a body paragraph

`{{footnote text}}` inside a paragraph is a footnote; the marker goes where the braces are.
Lines of one block are joined with spaces. `%` lines outside the header are comments.

Header keys (all optional): text (another source whose blocks to take), layout (onecolumn | twocolumn | multicol), font, size (10pt, 11pt,
12pt), paper (a4paper, a5paper, b5paper), margin (e.g. 2cm), heads (fancy | fancy-numbered |
myheadings | plain), headleft, headright, firstpage, frontmatter (full | column), english
(comma-separated tags whose blocks are English: the generator also detects Latin blocks).

Requires: xelatex (texlive-xetex, texlive-lang-cyrillic, texlive-latex-recommended), fonts
(fonts-dejavu, fonts-liberation2, fonts-freefont-otf, fonts-cmu) and poppler-utils. TeX is a
tool for building this corpus only: neither the build nor CI needs it.

Usage: tools/typeset_corpus.py [NAME ...]     (default: every source)
"""
import json
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORPUS = ROOT / "Corpus" / "typeset"
SOURCES = CORPUS / "src"

TEX_SPECIALS = {
    "\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "$": r"\$", "&": r"\&", "#": r"\#",
    "%": r"\%", "_": r"\_", "^": r"\^{}", "~": r"\~{}", '"': r"\symbol{34}", "'": r"\symbol{39}",
    "`": r"\symbol{96}",
}
URL_START = re.compile(r"(https?://|www\.)\S+")


def escape(text):
    """Escapes TeX specials; `--` and `<<` must not become ligatures."""
    out = []
    for i, ch in enumerate(text):
        out.append(TEX_SPECIALS.get(ch, ch))
        if ch in "-<>!?" and i + 1 < len(text) and text[i + 1] in "-<>`":
            out.append("{}")
    return "".join(out)


def typeset_url(url):
    """A URL that may break after `/`, `.`, `#`, `=` and `_`, never with a hyphen."""
    parts = []
    for ch in url:
        parts.append(TEX_SPECIALS.get(ch, ch))
        if ch in "/.#=_?&":
            parts.append(r"\allowbreak{}")
    return r"\mbox{}" + "".join(parts)


def inline(text):
    """TeX for running text that may hold URLs."""
    out, last = [], 0
    for m in URL_START.finditer(text):
        url = m.group(0).rstrip(").,;:")
        out.append(escape(text[last:m.start()]))
        out.append(typeset_url(url))
        last = m.start() + len(url)
    out.append(escape(text[last:]))
    return "".join(out)


def is_english(text):
    latin = sum(1 for c in text if "a" <= c.lower() <= "z")
    cyr = sum(1 for c in text if "\u0400" <= c <= "\u04ff")
    return latin > cyr


def parse(path):
    """Header parameters and blocks [(tag, text)] of a source file. A header `%% text: OTHER.txt`
    takes the blocks of another source: the same article in another layout."""
    params, blocks, current = {}, [], []
    lines = path.read_text(encoding="utf-8").splitlines()
    for line in lines:
        if line.startswith("%% text:"):
            own = {k: v for k, v in (l[2:].split(":", 1) for l in lines if l.startswith("%%"))}
            _, other = parse(path.parent / line.split(":", 1)[1].strip())
            return {k.strip(): v.strip() for k, v in own.items()}, other
    in_header = True
    for line in lines:
        if in_header and line.startswith("%%"):
            key, _, value = line[2:].partition(":")
            params[key.strip()] = value.strip()
            continue
        in_header = False
        if line.startswith("%"):
            continue
        if not line.strip():
            if current:
                blocks.append(" ".join(current))
                current = []
            continue
        current.append(line.strip())
    if current:
        blocks.append(" ".join(current))
    tagged = []
    for b in blocks:
        tag = "paragraph"
        if b.startswith("@"):
            tag, _, b = b[1:].partition(" ")
        tagged.append((tag, re.sub(r"\s+", " ", b).strip()))
    return params, tagged


FOOTNOTE = re.compile(r"\{\{(.*?)\}\}")


def split_footnotes(text, counter):
    """Body text without footnotes, TeX with \\footnote, the footnotes, and the next number."""
    body, tex, notes, last = [], [], [], 0
    for m in FOOTNOTE.finditer(text):
        body.append(text[last:m.start()])
        tex.append(inline(text[last:m.start()]))
        note = m.group(1).strip()
        notes.append((counter, note))
        tex.append(r"\footnote{" + inline(note) + "}")
        counter += 1
        last = m.end()
    body.append(text[last:])
    tex.append(inline(text[last:]))
    return "".join(body), "".join(tex), notes, counter


def block_tex(tag, tex, english):
    if english:
        tex = r"\foreignlanguage{english}{" + tex + "}"
    if tag == "title":
        return r"\begin{center}\large\bfseries " + tex + r"\end{center}"
    if tag == "authors":
        return r"\begin{center}\itshape " + tex + r"\end{center}"
    if tag == "abstract":
        label, _, rest = tex.partition(" ")
        return r"{\small\noindent\textbf{" + label + "} " + rest + r"\par}\smallskip"
    if tag == "keywords":
        label, _, rest = tex.partition(":")
        return r"{\small\noindent\textit{" + label + ":}" + rest + r"\par}\medskip"
    if tag == "heading":
        return r"\section*{" + tex + "}"
    if tag == "caps-heading":
        return r"\subsection*{\centering " + tex + "}"
    return tex + r"\par"


PREAMBLE = r"""\documentclass[{size},{paper},twoside{twocolumn}]{{article}}
\usepackage{{fontspec}}
\usepackage[english,russian]{{babel}}
\babelfont{{rm}}[Mapping=,Ligatures=Common]{{{font}}}
\usepackage[{paper},margin={margin},headsep=14pt,footskip=24pt]{{geometry}}
\usepackage{{fancyhdr}}
{multicol}\setlength{{\parindent}}{{1.2em}}
\setlength{{\columnsep}}{{1.6em}}
\sloppy
\renewcommand{{\headrulewidth}}{{0.4pt}}
{heads}
\setcounter{{page}}{{{firstpage}}}
\begin{{document}}
"""

HEADS = {
    "fancy": r"""\pagestyle{{fancy}}\fancyhf{{}}
\fancyhead[LE]{{\small {headleft}}}\fancyhead[RO]{{\small {headright}}}
\fancyfoot[C]{{\thepage}}""",
    "fancy-numbered": r"""\pagestyle{{fancy}}\fancyhf{{}}
\fancyhead[LE]{{\small\thepage\quad {headleft}}}\fancyhead[RO]{{\small {headright}\quad\thepage}}""",
    "myheadings": r"""\pagestyle{{myheadings}}\markboth{{{headleft}}}{{{headright}}}""",
    "plain": r"""\pagestyle{{plain}}""",
}


def latex(params, blocks):
    """The LaTeX document and the gold (body text, footnotes)."""
    layout = params.get("layout", "onecolumn")
    english_tags = {t for t in params.get("english", "").split(",") if t}
    front, main, body_texts, notes = [], [], [], []
    counter = 1
    in_front = True
    for tag, text in blocks:
        body, tex, found, counter = split_footnotes(text, counter)
        notes += found
        body_texts.append(body)
        english = tag in english_tags or is_english(body)
        if tag in ("heading", "caps-heading") or tag == "paragraph":
            in_front = False
        (front if in_front else main).append(block_tex(tag, tex, english))
    heads = HEADS[params.get("heads", "fancy")].format(
        headleft=inline(params.get("headleft", "")), headright=inline(params.get("headright", "")))
    doc = PREAMBLE.format(
        size=params.get("size", "10pt"), paper=params.get("paper", "a4paper"),
        twocolumn=",twocolumn" if layout == "twocolumn" else "",
        font=params.get("font", "DejaVu Serif"), margin=params.get("margin", "2cm"),
        multicol=r"\usepackage{multicol}" + "\n" if layout == "multicol" else "",
        heads=heads, firstpage=params.get("firstpage", "1"))
    front_tex = "\n\n".join(front)
    main_tex = "\n\n".join(main)
    if layout == "twocolumn":
        doc += r"\twocolumn[{" + front_tex + r"\bigskip}]" + "\n\n" + main_tex
    elif layout == "multicol":
        doc += front_tex + "\n\n" + r"\begin{multicols}{2}" + "\n" + main_tex + "\n" + r"\end{multicols}"
    else:
        doc += front_tex + "\n\n" + main_tex
    doc += "\n\\end{document}\n"
    return doc, body_texts, notes


def run(cmd, cwd):
    result = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed:\n{result.stdout[-3000:]}\n{result.stderr[-2000:]}")
    return result.stdout


def build(name):
    params, blocks = parse(SOURCES / f"{name}.txt")
    doc, body_texts, notes = latex(params, blocks)
    tex_path = CORPUS / f"{name}.tex"
    tex_path.write_text(doc, encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copy(tex_path, tmp)
        for _ in range(2):
            run(["xelatex", "-interaction=nonstopmode", "-halt-on-error", f"{name}.tex"], tmp)
        shutil.copy(pathlib.Path(tmp) / f"{name}.pdf", CORPUS / f"{name}.pdf")
    pdf = str(CORPUS / f"{name}.pdf")
    run(["pdftotext", "-raw", "-enc", "UTF-8", pdf, str(CORPUS / f"{name}.raw.txt")], CORPUS)
    run(["pdftotext", "-enc", "UTF-8", pdf, str(CORPUS / f"{name}.plain.txt")], CORPUS)
    ids = [n for n, _ in notes]
    # poppler's reading-order mode scrambles the columns of two-column pages: the plain text of
    # such a layout is kept for the readers, but only one-column layouts get a plain gold file.
    modes = ("raw", "plain") if params.get("layout", "onecolumn") == "onecolumn" else ("raw",)
    for mode in modes:
        gold = {
            "document": f"{name}.{mode}.txt",
            "about": f"Typeset by tools/typeset_corpus.py from src/{name}.txt and extracted with "
                     f"pdftotext{' -raw' if mode == 'raw' else ''}; body_text and footnote_texts are the source text.",
            "footnotes": {"present": ids, "markers_in_body": ids},
            "body_text": "\n\n".join(body_texts),
            "footnote_texts": {str(n): t for n, t in notes},
        }
        (CORPUS / f"{name}.{mode}.gold.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    size = (CORPUS / f"{name}.pdf").stat().st_size
    pages = run(["pdfinfo", pdf], CORPUS).split("Pages:")[1].split()[0]
    print(f"{name}: {pages} pages, {size // 1024} KB, {len(notes)} footnotes")


def main():
    names = sys.argv[1:] or sorted(p.stem for p in SOURCES.glob("*.txt"))
    for name in names:
        build(name)


if __name__ == "__main__":
    main()
