#!/usr/bin/env python3
"""LexCyr benchmarks, all in one run (release build):

- MB/s and peak RSS of each stage and of the whole pipeline over the corpus repeated to >= 50 MB
  (each stage in its own process: `lexcyr-bench --stage S`);
- the baseline: ICU's word-break iterator alone over the same bytes;
- the peers on the same bytes: natasha's DatesExtractor and razdel's tokenize (PyPI), timed on a
  slice of the corpus (they are slow) and reported as MB/s;
- batch memory: peak RSS of `lexcyr extract --output` on 1 file vs 1000 files;
- start-up: `lexcyr extract` on the corpus article nearest 50 KB, start to exit (median of 20).

Peak RSS is each process's own high-water mark (`VmHWM`, or GNU time's `%M`): the `ru_maxrss`
that `wait4` reports for a child also counts the pages of this Python process at the fork.

Writes the table to stdout and to tools/bench-results.md.

Usage: tools/bench.py [--mb 50] [--peer-mb 1] [--skip-peers]
Needs: swift (release build), and for the peers `pip install natasha razdel`.
"""
import argparse
import json
import os
import pathlib
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
BENCH = ROOT / ".build/release/lexcyr-bench"
LEXCYR = ROOT / ".build/release/lexcyr"
STAGES = ["icu-wordbreak", "decode", "clean", "tokenize", "dates", "acts", "powers", "lint", "json", "pipeline"]


def corpus_files():
    """Text documents of the corpus (those named by gold files)."""
    files = []
    for gold in sorted((ROOT / "Corpus").rglob("*.gold.json")):
        doc = gold.parent / json.loads(gold.read_text(encoding="utf-8"))["document"]
        if doc.suffix == ".txt" and doc.exists() and doc not in files:
            files.append(doc)
    return files


def run_child(argv, **kwargs):
    """Runs argv; returns (stdout, seconds, peak RSS of that child in KB)."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kwargs)
    out = proc.stdout.read()
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"{argv[0]} failed ({proc.returncode}): {err.decode()[:500]}")
    return out, elapsed, usage.ru_maxrss


def stage_figures(files, mb):
    rows = {}
    for stage in STAGES:
        out, _, _ = run_child([str(BENCH), "--stage", stage, "--mb", str(mb)] + [str(f) for f in files])
        rows[stage] = json.loads(out.decode().strip().splitlines()[-1])   # peak_rss_kb: its own VmHWM
        rss = rows[stage]["peak_rss_kb"]
        print(f"  {stage:14s} {rows[stage]['mb_per_s']:8.1f} MB/s  {rss / 1024:6.1f} MB peak", file=sys.stderr)
    return rows


def peak_rss(argv):
    """Runs argv; returns (seconds, its own peak RSS in KB), through GNU time when installed."""
    if os.path.exists("/usr/bin/time"):
        with tempfile.NamedTemporaryFile("r", suffix=".rss") as f:
            _, secs, _ = run_child(["/usr/bin/time", "-f", "%M", "-o", f.name] + argv)
            return secs, int(f.read().split()[-1])
    _, secs, rss = run_child(argv)
    return secs, rss


def article(files):
    """The corpus article nearest 50 KB (the size the start-up target is set for)."""
    return min(files, key=lambda f: abs(f.stat().st_size - 50_000))


def peer_figures(files, peer_mb):
    text = "\n".join(f.read_text(encoding="utf-8") for f in files)
    data = text
    while len(data.encode()) < peer_mb * 1_000_000:
        data += "\n" + text
    size = len(data.encode())
    results = {}
    try:
        import razdel
        start = time.perf_counter()
        n = sum(1 for _ in razdel.tokenize(data))
        results["razdel tokenize"] = size / 1e6 / (time.perf_counter() - start)
    except ImportError:
        print("  razdel not installed: pip install razdel", file=sys.stderr)
    try:
        from natasha import MorphVocab, DatesExtractor
        extractor = DatesExtractor(MorphVocab())
        chunk = 20_000  # natasha works on whole strings; feed it article-sized pieces
        start = time.perf_counter()
        count = 0
        for i in range(0, len(data), chunk):
            count += sum(1 for _ in extractor(data[i:i + chunk]))
        results["natasha DatesExtractor"] = size / 1e6 / (time.perf_counter() - start)
    except ImportError:
        print("  natasha not installed: pip install natasha", file=sys.stderr)
    return results, size


def batch_memory(files):
    one = article(files)
    with tempfile.TemporaryDirectory() as tmp:
        many = pathlib.Path(tmp) / "many"
        many.mkdir()
        for i in range(1000):
            os.symlink(one, many / f"a{i:04d}.txt")
        _, rss_one = peak_rss([str(LEXCYR), "extract", "--quiet", "--force", "--output", f"{tmp}/o1", str(one)])
        secs, rss_many = peak_rss([str(LEXCYR), "extract", "--quiet", "--force", "--output", f"{tmp}/o2", str(many)])
        mb = one.stat().st_size * 1000 / 1e6
    return rss_one, rss_many, mb / secs


def startup(files):
    one = article(files)
    times = []
    for _ in range(20):
        _, secs, _ = run_child([str(LEXCYR), "extract", "--format", "jsonl", str(one)])
        times.append(secs)
    return statistics.median(times) * 1000, one.stat().st_size


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=50)
    ap.add_argument("--peer-mb", type=float, default=1)
    ap.add_argument("--skip-peers", action="store_true")
    args = ap.parse_args()
    subprocess.run(["swift", "build", "-c", "release"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    files = corpus_files()
    print(f"corpus: {len(files)} documents, repeated to {args.mb} MB", file=sys.stderr)
    rows = stage_figures(files, args.mb)
    rss_one, rss_many, batch_mbps = batch_memory(files)
    start_ms, start_bytes = startup(files)
    # The peers last: they load their models into this process.
    peers, peer_bytes = ({}, 0) if args.skip_peers else peer_figures(files, args.peer_mb)

    base = rows["icu-wordbreak"]["mb_per_s"]
    pipe = rows["pipeline"]["mb_per_s"]
    lines = [
        f"Release build, one core, {rows['pipeline']['bytes'] / 1e6:.1f} MB ({rows['pipeline']['docs']} documents) per stage; "
        f"{os.cpu_count()} cores on the machine.",
        "",
        "| stage | MB/s | peak RSS (MB) |",
        "| --- | ---: | ---: |",
    ]
    for stage in STAGES:
        r = rows[stage]
        lines.append(f"| {stage} | {r['mb_per_s']:.1f} | {r['peak_rss_kb'] / 1024:.1f} |")
    lines += ["", "| comparison | ratio |", "| --- | ---: |",
              f"| whole pipeline / bare ICU word breaks | {pipe / base:.2f} (within {base / pipe:.1f}x) |"]
    for name, mbps in peers.items():
        lines.append(f"| whole pipeline / {name} ({mbps:.2f} MB/s on {peer_bytes / 1e6:.1f} MB) | {pipe / mbps:.0f}x |")
        if "natasha" in name:
            lines.append(f"| dates stage / {name} | {rows['dates']['mb_per_s'] / mbps:.0f}x |")
        if "razdel" in name:
            lines.append(f"| tokenize stage / {name} | {rows['tokenize']['mb_per_s'] / mbps:.0f}x |")
    lines += ["",
              f"Batch: `lexcyr extract --output` peak RSS {rss_one / 1024:.1f} MB for 1 file, "
              f"{rss_many / 1024:.1f} MB for 1000 files ({rss_many / rss_one:.2f}x; {batch_mbps:.1f} MB/s on all cores).",
              f"Start-up: `lexcyr extract` on one {start_bytes / 1000:.0f} KB article, start to exit: {start_ms:.1f} ms (median of 20)."]
    report = "\n".join(lines)
    print(report)
    (ROOT / "tools/bench-results.md").write_text(report + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
