#!/usr/bin/env python3
"""Instructions per input byte of LexCyr's stages, counted by valgrind's callgrind: a measure
that does not depend on the machine or on what else runs on it (wall-clock MB/s do).

Each stage runs twice under callgrind, over the corpus repeated twice and three times
(`lexcyr-bench --stage S --mb 1` and `--mb 2`); the difference is the cost of one more pass over
the corpus, without start-up, file reading or the once-per-process loading of dictionaries.

Usage: tools/bench_ir.py [--bench PATH] [STAGE ...]     (default: every stage; needs valgrind)
Prints one line per stage: instructions per byte and the ratio to the bare ICU word-break pass.
"""
import argparse
import os
import pathlib
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from bench import BENCH, STAGES, corpus_files  # noqa: E402


def instructions(bench, stage, mb, files):
    """Total instructions of one `lexcyr-bench` run under callgrind."""
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "cg.out")
        subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", str(bench),
                        "--stage", stage, "--mb", str(mb)] + [str(f) for f in files],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        with open(out, encoding="utf-8", errors="replace") as f:
            for line in f:
                m = re.match(r"(?:summary|totals):\s+(\d+)", line)
                if m:
                    return int(m.group(1))
    raise RuntimeError(f"no instruction count for {stage}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bench", default=str(BENCH))
    ap.add_argument("stages", nargs="*", default=STAGES)
    args = ap.parse_args()
    files = corpus_files()
    unit = sum(f.stat().st_size for f in files)
    # `--mb 1` and `--mb 2` repeat the corpus ceil(N MB / unit) times.
    reps = [max(1, -(-int(mb * 1_000_000) // unit)) for mb in (1, 2)]
    if reps[0] == reps[1]:
        sys.exit("the corpus is larger than 1 MB: adjust --mb in this script")
    per_byte = {}
    for stage in (["icu-wordbreak"] if "icu-wordbreak" not in args.stages else []) + args.stages:
        a, b = instructions(args.bench, stage, 1, files), instructions(args.bench, stage, 2, files)
        per_byte[stage] = (b - a) / ((reps[1] - reps[0]) * unit)
        if stage in args.stages:
            ratio = per_byte[stage] / per_byte["icu-wordbreak"]
            print(f"{stage:14s} {per_byte[stage]:8.1f} instructions/byte  {ratio:6.2f}x ICU word breaks", flush=True)


if __name__ == "__main__":
    main()
