#!/usr/bin/env python3
"""Runs LexCyr as a mapper inside a real Spark (local mode) and checks the result equals the
single-machine run.

Each corpus document becomes one JSON Lines record {"path", "text"}; Spark's RDD.pipe() feeds
the records of each partition to `lexcyr extract --stdin-jsonl` and reads one document per line
back. The same records are processed once more by a single `lexcyr` process; both sets of
documents must be identical (compared as parsed JSON, keyed by path).

The cluster recipe is the same with a real master: ship the `lexcyr` binary to the executors
(`--files lexcyr`, or install it on every node) and point LEXCYR at it.

Usage: tools/spark_check.py [--partitions 4] [--copies 20]
Needs: Java (Debian default-jre-headless or openjdk-17), `pip install pyspark`.
"""
import argparse
import json
import os
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
LEXCYR = os.environ.get("LEXCYR", str(ROOT / ".build/release/lexcyr"))


def records(copies):
    docs = []
    for path in sorted((ROOT / "Corpus").rglob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        for i in range(copies):
            docs.append(json.dumps({"path": f"{path.relative_to(ROOT)}#{i}", "text": text}, ensure_ascii=False))
    return docs


def single_machine(lines):
    out = subprocess.run([LEXCYR, "extract", "--stdin-jsonl", "--today", "2023-12-31"],
                         input="\n".join(lines) + "\n", capture_output=True, text=True, check=True)
    return [json.loads(l) for l in out.stdout.splitlines() if l.strip()]


def on_spark(lines, partitions):
    from pyspark.sql import SparkSession
    spark = (SparkSession.builder.master(f"local[{partitions}]").appName("lexcyr-check")
             .config("spark.ui.enabled", "false").getOrCreate())
    try:
        rdd = spark.sparkContext.parallelize(lines, partitions)
        piped = rdd.pipe(f"{LEXCYR} extract --stdin-jsonl --today 2023-12-31",
                         env={"LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"})
        return [json.loads(l) for l in piped.collect() if l.strip()]
    finally:
        spark.stop()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--partitions", type=int, default=4)
    ap.add_argument("--copies", type=int, default=20)
    args = ap.parse_args()
    lines = records(args.copies)
    local = {d["source"]["path"]: d for d in single_machine(lines)}
    spark = {d["source"]["path"]: d for d in on_spark(lines, args.partitions)}
    print(f"records: {len(lines)}; single machine: {len(local)} documents; Spark: {len(spark)} documents "
          f"in {args.partitions} partitions")
    if local != spark:
        missing = set(local) - set(spark)
        extra = set(spark) - set(local)
        differ = [p for p in set(local) & set(spark) if local[p] != spark[p]]
        print(f"MISMATCH: missing {len(missing)}, extra {len(extra)}, different {len(differ)}")
        sys.exit(1)
    print("OK: Spark output equals the single-machine run")


if __name__ == "__main__":
    main()
