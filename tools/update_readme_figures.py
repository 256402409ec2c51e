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
    # Aggregate per corpus folder: precision/recall measures add their counts; ratios show the
    # worst document and the mean.
    scores, ratios, docs = {}, {}, {}
    folder = None
    for line in out.splitlines():
        if line.startswith("== "):
            name = line[3:].strip()
            folder = name.split("/")[0]
            if folder == "typeset":  # one row group per extracted form: raw, plain, layout, pdf, xml
                parts = name.split(".")
                folder += "/" + (parts[-1] if parts[-1] in ("pdf", "xml") else parts[-2])
            docs[folder] = docs.get(folder, 0) + 1
            continue
        m = re.match(r"\s+(\S+)\s+P=\S+ R=\S+ F1=\S+ \(tp (\d+), fp (\d+), fn (\d+)\)", line)
        if folder and m:
            c = scores.setdefault((folder, m.group(1)), [0, 0, 0])
            for k in range(3):
                c[k] += int(m.group(k + 2))
            continue
        m = re.match(r"\s+(\S+)\s+([0-9.]+) \(", line)
        if folder and m:
            ratios.setdefault((folder, m.group(1)), []).append(float(m.group(2)))
    rows = ["| corpus (documents) | measure | figure |", "| --- | --- | --- |"]
    for f in sorted(docs):
        for (g, name), (tp, fp, fn) in sorted(scores.items()):
            if g == f:
                p = tp / (tp + fp) if tp + fp else 1.0
                r = tp / (tp + fn) if tp + fn else 1.0
                rows.append(f"| {f} ({docs[f]}) | {name} | P {p:.3f} R {r:.3f} (tp {tp}, fp {fp}, fn {fn}) |")
        for (g, name), values in sorted(ratios.items()):
            if g == f:
                worst = max(values) if name.endswith("wer") else min(values)
                label = "worst" if len(values) > 1 else "value"
                rows.append(f"| {f} ({docs[f]}) | {name} | {label} {worst:.4f}, mean {sum(values) / len(values):.4f} |")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    new = re.sub(r"(<!-- harness:begin -->\n).*?(<!-- harness:end -->)",
                 lambda m: m.group(1) + "\n".join(rows) + "\n" + m.group(2), readme, flags=re.S)
    (ROOT / "README.md").write_text(new, encoding="utf-8")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
