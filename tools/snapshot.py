#!/usr/bin/env python3
"""Regression guard for refactors: snapshots `lexcyr extract` over every corpus document, or
compares two snapshots section by section.

  tools/snapshot.py save DIR [--lexcyr PATH]    one JSON file per corpus document into DIR
  tools/snapshot.py compare OLD NEW             lists documents whose output changed, and where

A speed-up must leave the snapshot unchanged; a deliberate change in output shows up here and is
explained in its commit.
"""
import argparse
import json
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
SECTIONS = ("text", "blocks", "footnotes", "acts", "dates", "powers", "diagnostics")


def documents():
    seen = []
    for gold in sorted((ROOT / "Corpus").rglob("*.gold.json")):
        doc = gold.parent / json.loads(gold.read_text(encoding="utf-8"))["document"]
        if doc.exists() and doc not in seen:
            seen.append(doc)
    return seen


def save(out, binary):
    out.mkdir(parents=True, exist_ok=True)
    for doc in documents():
        rel = doc.relative_to(ROOT / "Corpus")
        target = out / (str(rel).replace("/", "__") + ".json")
        proc = subprocess.run([binary, "extract", "--today", "2024-06-01", str(doc)],
                              capture_output=True, check=False)
        target.write_bytes(proc.stdout)
    print(f"{len(documents())} documents saved into {out}")


def compare(old, new):
    changed = 0
    names = sorted({p.name for p in old.glob("*.json")} | {p.name for p in new.glob("*.json")})
    for name in names:
        a, b = old / name, new / name
        if not a.exists() or not b.exists():
            print(f"{name}: only in {'new' if b.exists() else 'old'}")
            changed += 1
            continue
        try:
            ja, jb = json.loads(a.read_bytes()), json.loads(b.read_bytes())
        except json.JSONDecodeError:
            changed += 1
            print(f"{name}: not JSON in one of the snapshots")
            continue
        # Snapshots taken in different checkouts differ in the input's absolute path only.
        for j in (ja, jb):
            j.get("source", {}).pop("path", None)
        if ja == jb:
            continue
        changed += 1
        parts = [s for s in SECTIONS if ja.get(s) != jb.get(s)]
        detail = ", ".join(f"{s} ({len(ja.get(s) or [])}->{len(jb.get(s) or [])})"
                           if isinstance(ja.get(s), list) else s for s in parts)
        print(f"{name}: {detail or 'other fields'}")
    print(f"{changed} of {len(names)} documents changed")
    return 1 if changed else 0


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("save")
    s.add_argument("dir", type=pathlib.Path)
    s.add_argument("--lexcyr", default=str(ROOT / ".build/release/lexcyr"))
    c = sub.add_parser("compare")
    c.add_argument("old", type=pathlib.Path)
    c.add_argument("new", type=pathlib.Path)
    args = ap.parse_args()
    if args.cmd == "save":
        save(args.dir, args.lexcyr)
        return 0
    return compare(args.old, args.new)


if __name__ == "__main__":
    sys.exit(main())
