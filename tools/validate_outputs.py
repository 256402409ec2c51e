#!/usr/bin/env python3
"""Runs `lexcyr extract` on every corpus document and validates each output against
schema/lexcyr-1.schema.json with the `jsonschema` package, then checks the spans:
every start/end lies inside the text it points into.

Usage: tools/validate_outputs.py [path/to/lexcyr]
"""
import json
import pathlib
import subprocess
import sys

import jsonschema

ROOT = pathlib.Path(__file__).resolve().parent.parent
BINARY = sys.argv[1] if len(sys.argv) > 1 else str(ROOT / ".build/debug/lexcyr")


def documents():
    seen = set()
    for gold in sorted((ROOT / "Corpus").rglob("*.gold.json")):
        doc = gold.parent / json.loads(gold.read_text(encoding="utf-8"))["document"]
        if doc not in seen and doc.exists():
            seen.add(doc)
            yield doc


def check_spans(doc):
    problems = []
    notes = {f["id"]: f["text"] for f in doc["footnotes"]}
    body_len = len(doc["text"])
    for section in ("blocks", "acts", "dates", "powers"):
        for item in doc[section]:
            fn = item.get("footnote")
            limit = body_len if fn is None else len(notes.get(fn, ""))
            if not (0 <= item["start"] <= item["end"] <= limit):
                problems.append(f"{section}: span {item['start']}..{item['end']} outside 0..{limit}")
            elif "text" in item and section != "blocks":
                text = doc["text"] if fn is None else notes[fn]
                if text[item["start"]:item["end"]] != item["text"]:
                    problems.append(f"{section}: text {item['text']!r} does not match its span")
    for f in doc["footnotes"]:
        m = f["marker"]
        if m and not (0 <= m["start"] <= m["end"] <= body_len):
            problems.append(f"footnote {f['id']}: marker outside the text")
    return problems


def main():
    schema = json.loads((ROOT / "schema/lexcyr-1.schema.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    failures = 0
    count = 0
    for path in documents():
        out = subprocess.run([BINARY, "extract", "--format", "jsonl", str(path)], capture_output=True, text=True)
        if out.returncode != 0:
            print(f"FAIL {path}: lexcyr exited {out.returncode}: {out.stderr.strip()}")
            failures += 1
            continue
        doc = json.loads(out.stdout)
        errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.path))
        problems = [f"{'/'.join(map(str, e.path))}: {e.message}" for e in errors[:10]] + check_spans(doc)
        count += 1
        if problems:
            failures += 1
            print(f"FAIL {path}")
            for p in problems[:20]:
                print(f"  {p}")
        else:
            print(f"ok   {path.relative_to(ROOT)}")
    print(f"schema: {count - failures} valid, {failures} invalid")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
