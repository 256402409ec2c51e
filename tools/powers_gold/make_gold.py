#!/usr/bin/env python3
"""Writes a *.powers.gold.json from a compact hand-written table, checking that every evidence
fragment occurs in the document. Usage: make_gold.py TABLE.tsv DOCUMENT.txt "about text"

TABLE rows (tab-separated): holder action object status negated since condition evidence [optional reason]
Use '-' for null fields; negated is 0/1."""
import json, sys

def main():
    table, doc, about = sys.argv[1], sys.argv[2], sys.argv[3]
    text = " ".join(open(doc, encoding="utf-8").read().split())
    out = []
    for n, line in enumerate(open(table, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        f = line.split("\t")
        if len(f) < 8:
            sys.exit(f"{table}:{n}: expected at least 8 fields, got {len(f)}")
        holder, action, obj, status, neg, since, cond, evidence = f[:8]
        if " ".join(evidence.split()) not in text:
            sys.exit(f"{table}:{n}: evidence not in document: {evidence}")
        item = {"holder": holder, "action": action, "object": None if obj == "-" else obj,
                "condition": None if cond == "-" else cond, "negated": neg == "1",
                "status": status, "since": None if since == "-" else since,
                "act_footnote": None, "evidence": evidence}
        if len(f) > 8 and f[8].strip():
            item["optional"] = f[8]
        out.append(item)
    name = doc.rsplit("/", 1)[-1]
    gold = {"document": name, "about": about, "powers": out}
    path = doc[:-4] + ".powers.gold.json"
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(f"{path}: {len(out)} items")

main()
