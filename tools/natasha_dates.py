#!/usr/bin/env python3
"""Scores natasha's DatesExtractor on the corpus with the harness's dates rule, and times it
against LexCyr on the same bytes.

Scoring (the rule of `lexcyr score`, measure `dates`): every `*.dates.gold.json` under Corpus/
is a multiset of (value, until); items marked `optional` neither count nor cost. natasha's
Date(year, month, day) becomes ISO 8601 at the precision present (2001-01-23, 2001-01, 2001);
a date without a year (`8 окт.`) becomes `--MM-DD` and so never matches. natasha has no periods,
so `until` is always empty. natasha reads the text LexCyr cleaned (body and each footnote, from
`lexcyr extract`), so both read the same words; LexCyr's own figure is its harness score.

Timing, in processor seconds (the machine may be shared), on at least --megabytes MB:
  1. dates alone, on the cleaned corpus text repeated: natasha's DatesExtractor against
     LexCyr's DateExtractor with its ICU tokenization, as measured by the release test
     `DateExtractorTests/testDateExtractionThroughput` (same texts, same repetition);
  2. the whole LexCyr pipeline (`lexcyr extract`: decoding, cleaning, footnotes, dates, acts,
     lint, JSON — far more than dates) on copies of the raw corpus files, against natasha's
     DatesExtractor on the text of the same files.
natasha's model load is not timed; LexCyr's process start is.

Setup (not in CI):
    pip install natasha
    swift build -c release                    # the lexcyr and lexcyr-bench binaries
Usage:
    python3 tools/natasha_dates.py [--megabytes 5] [--no-timing]
"""
import argparse
import collections
import json
import pathlib
import resource
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
    ap.add_argument("--bench", default=str(ROOT / ".build/release/lexcyr-bench"))
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

    # 1. Dates alone on the cleaned text.
    texts = []
    for doc, _ in gold_files():
        d = lexcyr_json(args.lexcyr, doc)
        texts += [d["text"]] + [f["text"] for f in d["footnotes"]]
    per_round = sum(len(t.encode("utf-8")) for t in texts)
    rounds = int(args.megabytes * 1e6 // per_round) + 1
    mb = per_round * rounds / 1e6
    t0 = time.process_time()
    for _ in range(rounds):
        for t in texts:
            for _ in extractor(t):
                pass
    nat_clean = time.process_time() - t0
    lex_clean = swift_throughput(args.bench, [doc for doc, _ in gold_files()], args.megabytes)
    print()
    print(f"dates alone, cleaned corpus text x{rounds} = {mb:.2f} MB (processor time)")
    print("| extractor | MB/s | speed-up |")
    print("| --- | --- | --- |")
    print(f"| natasha DatesExtractor | {mb / nat_clean:.3f} | 1x |")
    if lex_clean:
        with_tokens, alone = lex_clean
        print(f"| LexCyr DateExtractor + ICU tokenization (release) | {with_tokens:.1f} | {with_tokens * nat_clean / mb:.0f}x |")
        print(f"| LexCyr DateExtractor alone (release) | {alone:.1f} | {alone * nat_clean / mb:.0f}x |")
    else:
        print("| LexCyr | run `swift build -c release` first | |")

    # 2. The whole pipeline on raw files.
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
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run([args.lexcyr, "extract", "--format", "jsonl", *map(str, files)], check=True,
                       stdout=subprocess.DEVNULL)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        lex_raw = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        raw = [f.read_text(encoding="utf-8") for f in files]
        t0 = time.process_time()
        for t in raw:
            for _ in extractor(t):
                pass
        nat_raw = time.process_time() - t0
    print()
    print(f"raw corpus files: {len(files)} files, {mb:.2f} MB (processor time)")
    print("| run | MB/s | speed-up |")
    print("| --- | --- | --- |")
    print(f"| natasha DatesExtractor | {mb / nat_raw:.3f} | 1x |")
    print(f"| `lexcyr extract`, whole pipeline (release) | {mb / lex_raw:.2f} | {nat_raw / lex_raw:.0f}x |")


def swift_throughput(bench, files, megabytes):
    """(tokenize+extract MB/s, extract MB/s) from the release `lexcyr-bench` stages `tokenize`
    and `dates` over the same documents (MB of the input files), or None when not built."""
    if not pathlib.Path(bench).exists():
        return None
    rates = {}
    for stage in ("tokenize", "dates"):
        out = subprocess.run([bench, "--stage", stage, "--mb", str(megabytes), *map(str, files)],
                             capture_output=True, text=True, check=True).stdout
        rates[stage] = json.loads(out.strip().splitlines()[-1])["mb_per_s"]
    both = 1 / (1 / rates["tokenize"] + 1 / rates["dates"])
    return both, rates["dates"]


if __name__ == "__main__":
    sys.exit(main())
