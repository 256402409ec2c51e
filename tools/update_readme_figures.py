#!/usr/bin/env python3
"""Rewrites the corpus-harness table in README.md (between <!-- harness:begin --> and
<!-- harness:end -->) from `lexcyr score Corpus`, so the README shows the current figures.

Usage: tools/update_readme_figures.py [path/to/lexcyr]
"""
import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
BINARY = sys.argv[1] if len(sys.argv) > 1 else str(ROOT / ".build/release/lexcyr")


def main():
    out = subprocess.run([BINARY, "score", str(ROOT / "Corpus")], capture_output=True, text=True, check=True).stdout
    rows = ["| document | measure | figure |", "| --- | --- | --- |"]
    doc = None
    for line in out.splitlines():
        if line.startswith("== "):
            doc = line[3:].strip()
            continue
        m = re.match(r"\s+(\S+)\s+(.*)$", line)
        if doc and m and not line.strip().startswith("("):
            rows.append(f"| {doc} | {m.group(1)} | {m.group(2)} |")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    new = re.sub(r"(<!-- harness:begin -->\n).*?(<!-- harness:end -->)",
                 lambda m: m.group(1) + "\n".join(rows) + "\n" + m.group(2), readme, flags=re.S)
    (ROOT / "README.md").write_text(new, encoding="utf-8")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
