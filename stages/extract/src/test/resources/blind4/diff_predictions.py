#!/usr/bin/env python3
"""What an extraction of the blind-4 pages kept that is not article text, and what article text it lost.

Usage: python3 diff_predictions.py PREDICTIONS.json [--per-page] [--markdown]
Aligns each page's predicted body with its ground truth word by word (difflib on \\w+ tokens, the scorer's tokens),
names every extra span by the furniture class it comes from (junk-manifest.json; "unmarked" when no registered piece
holds 60 % of its words) and prints: words kept per furniture class (with the pages), article words lost per page, and
per page the words kept and lost. Copied from ../blind3/diff_predictions.py (same alignment and class attribution;
the manifest and ground truth are read from this folder).
"""
import difflib
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
WORD = re.compile(r"\w+")


def body(value):
    return value.get("articleBody", "") if isinstance(value, dict) else (value or "")


def furniture_class(span, junk):
    """The manifest class whose text holds most of the span's words."""
    best, best_share = "unmarked", 0.0
    words = set(span)
    for piece in junk:
        share = len(words & set(WORD.findall(piece["text"]))) / len(words)
        if share > best_share:
            best, best_share = piece["class"], share
    return best if best_share >= 0.6 else "unmarked"


def compare(truth, predictions, manifest):
    """Per page: list of (class, words) kept and list of lost spans (words)."""
    kept, lost = defaultdict(list), defaultdict(list)
    for page in sorted(truth):
        t = WORD.findall(truth[page]["articleBody"])
        lines = [WORD.findall(line) for line in body(predictions.get(page, "")).split("\n")]
        p = [w for line in lines for w in line]
        line_of = [n for n, line in enumerate(lines) for _ in line]
        for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, t, p, autojunk=False).get_opcodes():
            if op in ("insert", "replace"):
                # one span per line of the prediction, so that neighbouring pieces of furniture are named apart
                for n in sorted(set(line_of[j1:j2])):
                    span = [p[j] for j in range(j1, j2) if line_of[j] == n]
                    kept[page].append((furniture_class(span, manifest[page]["junk"]), span))
            if op in ("delete", "replace"):
                lost[page].append(t[i1:i2])
    return kept, lost


def main():
    predictions = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    predictions = predictions.get("output", predictions)
    per_page, markdown = "--per-page" in sys.argv, "--markdown" in sys.argv
    truth = json.loads((HERE / "ground-truth.json").read_text(encoding="utf-8"))
    manifest = json.loads((HERE / "junk-manifest.json").read_text(encoding="utf-8"))
    kept, lost = compare(truth, predictions, manifest)

    by_class = defaultdict(lambda: [0, 0, set()])
    for page, spans in kept.items():
        for cls, span in spans:
            by_class[cls][0] += 1
            by_class[cls][1] += len(span)
            by_class[cls][2].add(page)
            if per_page:
                print(f"{page}  KEPT [{cls}] {len(span)} words: {' '.join(span)[:160]}")
    if per_page:
        for page, spans in lost.items():
            for span in spans:
                print(f"{page}  LOST {len(span)} words: {' '.join(span)[:160]}")

    total_kept = sum(w for _, w, _ in by_class.values())
    total_furniture = sum(len(WORD.findall(piece["text"])) for m in manifest.values() for piece in m["junk"])
    total_lost = sum(len(s) for spans in lost.values() for s in spans)
    total_body = sum(m["body_tokens"] for m in manifest.values())
    if markdown:
        print("| furniture class kept | spans | words | pages |\n| --- | --- | --- | --- |")
        for cls, (n, w, pages) in sorted(by_class.items(), key=lambda kv: (-kv[1][1], kv[0])):
            print(f"| {cls} | {n} | {w} | {', '.join(sorted(pages))} |")
        print(f"\nFurniture words kept: {total_kept} of {total_furniture} on the pages; "
              f"article words lost: {total_lost} of {total_body}.\n")
        print("| page | kind | body words | furniture words kept | article words lost |\n| --- | --- | --- | --- | --- |")
        for page in sorted(truth):
            k = sum(len(s) for _, s in kept.get(page, []))
            lo = sum(len(s) for s in lost.get(page, []))
            print(f"| `{page}` | {manifest[page]['kind']} | {manifest[page]['body_tokens']} | {k} | {lo} |")
        return
    print("\nkept (not article text): class, spans, words, pages")
    for cls, (n, w, pages) in sorted(by_class.items(), key=lambda kv: (-kv[1][1], kv[0])):
        print(f"  {cls:22s} {n:3d} {w:5d}  {len(pages)}")
    print(f"  total {total_kept} of {total_furniture} furniture words on the pages")
    print(f"\nlost (article text): {total_lost} of {total_body} words")
    for page, spans in sorted(lost.items()):
        for span in spans:
            print(f"  {page:28s} {len(span):4d}  {' '.join(span)[:120]}")


if __name__ == "__main__":
    main()
