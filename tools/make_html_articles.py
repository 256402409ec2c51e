#!/usr/bin/env python3
"""Builds saved web pages of articles, with gold files, in Corpus/html/.

The articles are the typeset corpus sources (Corpus/typeset/src/NAME.txt, parsed with
tools/typeset_corpus.py), so the gold is exact: `body_text` is the article's blocks without
footnotes, `footnote_texts` the footnotes. Two kinds of page, as they are found on the web:

  journal  a journal site in UTF-8: header with logo and menu, breadcrumbs, a sidebar,
           share buttons, cookie banner, scripts and styles around an <article>; markers are
           <sup><a href="#fnN" id="fnrefN">N</a></sup> and the notes an <ol> in
           <section class="footnotes"> with back-links (the markup pandoc and many CMSs write).
  word     a document saved as "Web page" by Microsoft Word, in windows-1251 (letters the
           charset lacks become character references, as Word writes them): conditional
           comments, <o:p>, markers <a href="#_ftnN" name="_ftnrefN">[N]</a>, the notes in
           <div style='mso-element:footnote'> after a rule.

Usage: tools/make_html_articles.py        (writes every page listed in PAGES)
"""
import html
import json
import pathlib
import re
import sys

TOOLS = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(TOOLS))
from typeset_corpus import FOOTNOTE, SOURCES, parse  # noqa: E402

OUT = TOOLS.parent / "Corpus" / "html"
PAGES = [
    ("ru-president-local-bodies", "ru-2col-president-local-bodies", "journal"),
    ("ru-administrative-procedure", "ru-a5-administrative-procedure", "word"),
]
URL = re.compile(r"https?://[^\s<>«»]+[^\s<>«».,;:)]")
LABEL = re.compile(r"^(Аннотация\.|Аңдатпа\.|Abstract\.|Ключевые слова:|Түйінді сөздер:|Keywords:)")


def wrap(text, width=96, indent="      "):
    """Source lines of at most `width` characters, as editors and CMSs leave them."""
    lines, line = [], ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return ("\n" + indent).join(lines)


def linked(text):
    """Escaped text with its URLs as links."""
    out, last = [], 0
    for m in URL.finditer(text):
        out.append(html.escape(text[last:m.start()], quote=False))
        url = m.group(0)
        out.append(f'<a href="{html.escape(url)}" target="_blank" rel="noopener">{html.escape(url, quote=False)}</a>')
        last = m.end()
    out.append(html.escape(text[last:], quote=False))
    return "".join(out)


def labelled(text):
    """`Аннотация.` and the like in bold, as journals set them."""
    m = LABEL.match(text)
    if not m:
        return linked(text)
    return f"<strong>{html.escape(m.group(1))}</strong>{linked(text[m.end():])}"


def article(blocks, marker):
    """Body blocks as HTML (markers from `marker(n)`), the gold body and the footnotes."""
    parts, body, notes, counter = [], [], [], 1
    for tag, text in blocks:
        html_text, plain, last = [], [], 0
        for m in FOOTNOTE.finditer(text):
            html_text.append(labelled(text[last:m.start()]) if last == 0 else linked(text[last:m.start()]))
            plain.append(text[last:m.start()])
            notes.append((counter, m.group(1).strip()))
            html_text.append(marker(counter))
            counter += 1
            last = m.end()
        html_text.append(labelled(text[last:]) if last == 0 else linked(text[last:]))
        plain.append(text[last:])
        body.append("".join(plain))
        parts.append((tag, "".join(html_text)))
    return parts, "\n\n".join(body), notes


JOURNAL_HEAD = """<!DOCTYPE html>
<html lang="ru">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{title} | Вестник Института законодательства и правовой информации РК</title>
  <meta name="citation_title" content="{title_attr}">
  <meta name="citation_journal_title" content="Вестник Института законодательства и правовой информации РК">
  <link rel="stylesheet" href="/static/css/journal.min.css?v=4.2.1">
  <style>
    .article-body p {{ text-indent: 1.25em; margin: 0 0 .6em; }}
    .footnotes ol li:target {{ background: #fff7d6; }}
    sup a {{ text-decoration: none; }}
  </style>
  <script type="application/ld+json">
  {{"@context": "https://schema.org", "@type": "ScholarlyArticle", "headline": "{title_attr}",
    "isPartOf": {{"@type": "PublicationIssue", "issueNumber": "2 (72)", "datePublished": "2023"}}}}
  </script>
  <script async src="/static/js/counter.js"></script>
  <script>
    window.dataLayer = window.dataLayer || [];
    function track(e) {{ if (e && e.target && e.target.href) {{ dataLayer.push({{event: "click", href: e.target.href}}); }} }}
    document.addEventListener("click", track, false);
  </script>
</head>
<body class="page-article">
  <a class="skip-link" href="#content">Перейти к содержанию</a>
  <header class="site-header">
    <div class="container">
      <a class="logo" href="/"><img src="/static/img/logo.svg" alt="Институт законодательства и правовой информации РК"></a>
      <p class="site-slogan">Научный журнал. Издаётся с 2008 года</p>
      <nav class="main-nav" aria-label="Главное меню">
        <ul>
          <li><a href="/">Главная</a></li>
          <li><a href="/about">О журнале</a></li>
          <li><a href="/archive" class="active">Архив номеров</a></li>
          <li><a href="/authors">Авторам</a></li>
          <li><a href="/ethics">Публикационная этика</a></li>
          <li><a href="/contacts">Контакты</a></li>
        </ul>
      </nav>
      <form class="search-form" action="/search"><input type="search" name="q" placeholder="Поиск по сайту"><button>Найти</button></form>
      <div class="lang-switch"><a href="?lang=kk">ҚАЗ</a> | <a href="?lang=ru">РУС</a> | <a href="?lang=en">ENG</a></div>
    </div>
  </header>
  <div class="breadcrumbs container">
    <a href="/">Главная</a> › <a href="/archive">Архив</a> › <a href="/archive/2023-2">№ 2 (72), 2023</a> › Статья
  </div>
  <main id="content" class="container">
    <article class="article" itemscope itemtype="https://schema.org/ScholarlyArticle">
      <header class="article-header">
        <p class="article-rubric">Конституционное и административное право</p>
"""

JOURNAL_TAIL = """      <div class="share-buttons">
        <span>Поделиться:</span> <a href="#" class="share vk">ВКонтакте</a> <a href="#" class="share tg">Telegram</a>
      </div>
    </article>
    <aside class="sidebar">
      <h3>В этом номере</h3>
      <ul>
        <li><a href="/article/1641">Конституционный контроль в Республике Казахстан: новая модель</a></li>
        <li><a href="/article/1643">Цифровизация государственных услуг: правовые аспекты</a></li>
      </ul>
      <h3>Метрики</h3>
      <p>Просмотров: 1 482. Скачиваний PDF: 311.</p>
    </aside>
  </main>
  <footer class="site-footer">
    <div class="container">
      <p>© 2008–2023 РГП на ПХВ «Институт законодательства и правовой информации Республики Казахстан»</p>
      <p>010000, г. Астана, ул. Орынбор, 8, подъезд 18. Тел.: +7 (7172) 74-98-68</p>
      <p>Материалы журнала доступны по лицензии <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a></p>
    </div>
  </footer>
  <div class="cookie-banner" id="cookie-banner">
    Мы используем файлы cookie, чтобы сайт работал лучше. <button onclick="this.parentNode.remove()">Понятно</button>
  </div>
  <script src="/static/js/jquery-3.6.0.min.js"></script>
  <script>
    $(function () {{ if (location.hash && location.hash.indexOf("#fn") === 0) {{ $(location.hash).addClass("hl"); }} }});
  </script>
</body>
</html>
"""


def journal_page(blocks):
    def marker(n):
        return f'<sup class="footnote-ref"><a href="#fn{n}" id="fnref{n}" role="doc-noteref">{n}</a></sup>'

    parts, body, notes = article(blocks, marker)
    title = next(text for tag, text in blocks if tag == "title")
    out = [JOURNAL_HEAD.format(title=html.escape(title), title_attr=html.escape(title, quote=True))]
    in_header = True
    for tag, text in parts:
        if in_header and tag not in ("title", "authors"):
            out.append("      </header>\n      <div class=\"article-body\" itemprop=\"articleBody\">\n")
            in_header = False
        if tag == "title":
            out.append(f"        <h1 class=\"article-title\" itemprop=\"headline\">{wrap(text, indent='          ')}</h1>\n")
        elif tag == "authors":
            out.append(f"        <div class=\"article-authors\">\n          <p>{wrap(text, indent='          ')}</p>\n        </div>\n")
        elif tag in ("heading", "caps-heading"):
            out.append(f"        <h2>{text}</h2>\n")
        elif tag == "abstract":
            out.append(f"        <div class=\"abstract\">\n          <p>{wrap(text, indent='          ')}</p>\n        </div>\n")
        elif tag == "keywords":
            out.append(f"        <p class=\"keywords\">{wrap(text, indent='          ')}</p>\n")
        else:
            out.append(f"        <p>\n          {wrap(text, indent='          ')}\n        </p>\n")
    out.append("      </div>\n      <section class=\"footnotes\" role=\"doc-endnotes\">\n        <hr>\n"
               "        <h2>Сноски</h2>\n        <ol>\n")
    for n, note in notes:
        out.append(f"          <li id=\"fn{n}\"><p>{linked(note)} "
                   f"<a href=\"#fnref{n}\" class=\"footnote-back\" role=\"doc-backlink\">↩︎</a></p></li>\n")
    out.append("        </ol>\n      </section>\n")
    out.append(JOURNAL_TAIL.format())
    return "".join(out), body, notes


WORD_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=windows-1251">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<title>{title}</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>Lopatina</o:Author>
  <o:Pages>3</o:Pages>
 </o:DocumentProperties>
</xml><![endif]-->
<style>
<!--
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm; text-align:justify; text-indent:35.45pt; font-size:14.0pt; font-family:"Times New Roman",serif;}}
p.MsoFootnoteText
	{{margin:0cm; font-size:10.0pt; font-family:"Times New Roman",serif;}}
span.MsoFootnoteReference
	{{vertical-align:super;}}
@page WordSection1
	{{size:595.3pt 841.9pt; margin:2.0cm 42.5pt 2.0cm 3.0cm;}}
div.WordSection1
	{{page:WordSection1;}}
-->
</style>
</head>

<body lang=RU style='tab-interval:35.4pt;word-wrap:break-word'>

<div class=WordSection1>
"""


def word_page(blocks):
    def marker(n):
        return (f'<a style=\'mso-footnote-id:ftn{n}\' href="#_ftn{n}" name="_ftnref{n}" title=""><span '
                f'class=MsoFootnoteReference><span style=\'mso-special-character:footnote\'><![if !supportFootnotes]><span '
                f'class=MsoFootnoteReference><span style=\'font-size:14.0pt\'>[{n}]</span></span><![endif]></span></span></a>')

    parts, body, notes = article(blocks, marker)
    title = next(text for tag, text in blocks if tag == "title")
    out = [WORD_HEAD.format(title=html.escape(title))]
    for tag, text in parts:
        if tag in ("title", "heading", "caps-heading"):
            out.append(f"<p class=MsoNormal align=center style='text-align:center;text-indent:0cm'><b><span\n"
                       f"style='font-size:14.0pt'>{text}<o:p></o:p></span></b></p>\n\n")
        elif tag == "authors":
            out.append(f"<p class=MsoNormal align=right style='text-align:right'><i><span\nstyle='font-size:14.0pt'>"
                       f"{text}<o:p></o:p></span></i></p>\n\n")
        else:
            out.append(f"<p class=MsoNormal><span style='font-size:14.0pt'>{wrap(text, 76, '')}<o:p></o:p></span></p>\n\n")
    out.append("</div>\n\n<div style='mso-element:footnote-list'><![if !supportFootnotes]><br clear=all>\n\n"
               "<hr align=left size=1 width=\"33%\">\n\n<![endif]>\n\n")
    for n, note in notes:
        out.append(f"<div style='mso-element:footnote' id=ftn{n}>\n\n<p class=MsoFootnoteText><a style='mso-footnote-id:ftn{n}'\n"
                   f"href=\"#_ftnref{n}\" name=\"_ftn{n}\" title=\"\"><span class=MsoFootnoteReference><span\n"
                   f"style='mso-special-character:footnote'><![if !supportFootnotes]><span class=MsoFootnoteReference><span\n"
                   f"style='font-size:10.0pt'>[{n}]</span></span><![endif]></span></span></a> {wrap(linked(note), 76, '')}</p>\n\n</div>\n\n")
    out.append("</div>\n\n</body>\n\n</html>\n")
    return "".join(out), body, notes


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for name, source, kind in PAGES:
        _, blocks = parse(SOURCES / f"{source}.txt")
        page, body, notes = (journal_page if kind == "journal" else word_page)(blocks)
        encoding = "utf-8" if kind == "journal" else "cp1251"
        (OUT / f"{name}.html").write_bytes(page.encode(encoding, errors="xmlcharrefreplace"))
        ids = [n for n, _ in notes]
        gold = {
            "document": f"{name}.html",
            "about": f"A saved web page ({kind} markup, {encoding}) of the article Corpus/typeset/src/{source}.txt, "
                     "made by tools/make_html_articles.py; body_text and footnote_texts are the source text.",
            "footnotes": {"present": ids, "markers_in_body": ids},
            "body_text": body,
            "footnote_texts": {str(n): t for n, t in notes},
        }
        (OUT / f"{name}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{name}: {kind}, {len(page) // 1024} KB, {len(notes)} footnotes")


if __name__ == "__main__":
    main()
