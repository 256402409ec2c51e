#!/usr/bin/env python3
"""Scores natasha's DatesExtractor on the corpus with the harness's dates rule, and times it
against a release `lexcyr extract` on the same bytes.

Scoring (the rule of `lexcyr score`, measure `dates`): every `*.dates.gold.json` under Corpus/
is a multiset of (value, until); items marked `optional` neither count nor cost. natasha's
Date(year, month, day) becomes ISO 8601 at the precision present (2001-01-23, 2001-01, 2001);
a date without a year (`8 окт.`) becomes `--MM-DD` and so never matches. natasha has no periods,
so `until` is always empty. natasha reads the text LexCyr cleaned (body and each footnote, from
`lexcyr extract`), so both read the same words; LexCyr's own figure is its harness score.

Timing: the corpus documents are copied until the copies hold at least --megabytes MB; a release
`lexcyr extract --format jsonl` runs over all the copies (the whole pipeline: decoding, cleaning,
footnotes, dates, acts, lint, JSON — more than dates), and natasha's DatesExtractor runs over the
text of the same files. Setup (natasha's model load) is not timed; LexCyr's process start is.

Setup (not in CI):
    pip install natasha
    swift build -c release
Usage:
    python3 tools/natasha_dates.py [--megabytes 5] [--lexcyr .build/release/lexcyr] [--no-timing]
"""
import argparse
import collections
import json
import pathlib
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent


def gold_files():
    for g in sorted((ROOT / "Corpus").rglob("*.dates.gold.json")):
        gold = json.loads(g.read_text(encoding="utf-8"))
        yield g.parent / gold["document"], gold


def iso(fact):
    if fact.year is None:
        return "--%02d-%02d" % (fact.month or 0, fact.day or 0)
    s = "%04d" % fact.year
    if fact.month:
        s += "-%02d" % fact.month
        if fact.day:
            s += "-%02d" % fact.day
    return s


def score(found, gold):
    """found: list of (value, until). Same rule as LexCyrEval.Evaluator.evaluateDates."""
    required = collections.Counter((d.get("value"), d.get("until")) for d in gold if not d.get("optional"))
    optional = collections.Counter((d.get("value"), d.get("until")) for d in gold if d.get("optional"))
    left = required.copy()
    tp = fp = 0
    for k in found:
        if left[k] > 0:
            left[k] -= 1
            tp += 1
        elif optional[k] > 0:
            optional[k] -= 1
        else:
            fp += 1
    fn = sum(left.values())
    return tp, fp, fn


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def lexcyr_json(binary, path):
    out = subprocess.run([binary, "extract", "--format", "jsonl", str(path)], check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out.splitlines()[0])


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lexcyr", default=str(ROOT / ".build/release/lexcyr"))
    ap.add_argument("--megabytes", type=float, default=5.0)
    ap.add_argument("--no-timing", action="store_true")
    args = ap.parse_args()

    from natasha import DatesExtractor, MorphVocab
    extractor = DatesExtractor(MorphVocab())

    print("| document | extractor | P | R | F1 | tp/fp/fn |")
    print("| --- | --- | --- | --- | --- | --- |")
    totals = collections.defaultdict(lambda: [0, 0, 0])
    for doc, gold in gold_files():
        d = lexcyr_json(args.lexcyr, doc)
        units = [d["text"]] + [f["text"] for f in d["footnotes"]]
        nat = [(iso(m.fact), None) for u in units for m in extractor(u)]
        lex = [(x["value"], x.get("until")) for x in d["dates"]]
        name = doc.relative_to(ROOT / "Corpus")
        for label, found in (("natasha", nat), ("LexCyr", lex)):
            tp, fp, fn = score(found, gold["dates"])
            for k, v in enumerate((tp, fp, fn)):
                totals[label][k] += v
            p, r, f = prf(tp, fp, fn)
            print(f"| {name} | {label} | {p:.3f} | {r:.3f} | {f:.3f} | {tp}/{fp}/{fn} |")
    for label, (tp, fp, fn) in totals.items():
        p, r, f = prf(tp, fp, fn)
        print(f"| all | {label} | {p:.3f} | {r:.3f} | {f:.3f} | {tp}/{fp}/{fn} |")

    if args.no_timing:
        return
    docs = [doc for doc, _ in gold_files()]
    with tempfile.TemporaryDirectory() as tmp:
        files, size, k = [], 0, 0
        while size < args.megabytes * 1e6:
            src = docs[k % len(docs)]
            dst = pathlib.Path(tmp) / f"{k:05d}-{src.name}"
            shutil.copyfile(src, dst)
            files.append(dst)
            size += dst.stat().st_size
            k += 1
        mb = size / 1e6
        t0 = time.perf_counter()
        subprocess.run([args.lexcyr, "extract", "--format", "jsonl", *map(str, files)], check=True,
                       stdout=subprocess.DEVNULL)
        lex_s = time.perf_counter() - t0
        texts = [f.read_text(encoding="utf-8") for f in files]
        t0 = time.perf_counter()
        n = 0
        for t in texts:
            n += sum(1 for _ in extractor(t))
        nat_s = time.perf_counter() - t0
    print()
    print(f"same bytes: {len(files)} files, {mb:.2f} MB")
    print(f"| extractor | seconds | MB/s |")
    print(f"| --- | --- | --- |")
    print(f"| natasha DatesExtractor | {nat_s:.2f} | {mb / nat_s:.3f} |")
    print(f"| LexCyr `lexcyr extract` (whole pipeline, release) | {lex_s:.2f} | {mb / lex_s:.2f} |")
    print(f"speed-up: {nat_s / lex_s:.0f}x")


if __name__ == "__main__":
    sys.exit(main())
