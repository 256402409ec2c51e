#!/usr/bin/env python3
"""Shows where the cleaned body and footnotes of a corpus document differ from its gold file:
a word-level diff of `body_text` and every footnote that is not exact.

Usage: tools/body_diff.py GOLD.json [path/to/lexcyr]
"""
import difflib
import json
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent


def main():
    gold_path = pathlib.Path(sys.argv[1])
    binary = sys.argv[2] if len(sys.argv) > 2 else str(ROOT / ".build/debug/lexcyr")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    doc = gold_path.parent / gold["document"]
    out = json.loads(subprocess.run([binary, "extract", "--format", "jsonl", str(doc)],
                                    capture_output=True, text=True, check=True).stdout)
    got, want = out["text"].split(), gold.get("body_text", "").split()
    matcher = difflib.SequenceMatcher(a=want, b=got, autojunk=False)
    for op, a0, a1, b0, b1 in matcher.get_opcodes():
        if op != "equal":
            context = " ".join(want[max(0, a0 - 3):a0])
            print(f"{op:8} …{context} [{' '.join(want[a0:a1])}] → [{' '.join(got[b0:b1])}]")
    notes = {str(f["id"]): f["text"] for f in out["footnotes"]}
    for key, text in gold.get("footnote_texts", {}).items():
        if " ".join(notes.get(key, "").split()) != " ".join(text.split()):
            print(f"footnote {key}:\n  want {text}\n  got  {notes.get(key)}")


if __name__ == "__main__":
    main()
