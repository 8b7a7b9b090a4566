#!/usr/bin/env python3
"""What an extraction of the blind pages kept that is not article text, and what article text it lost.

Usage: python3 diff_predictions.py PREDICTIONS.json [--per-page]
Aligns each page's predicted body with its ground truth word by word (difflib on \\w+ tokens, the scorer's tokens),
then names every extra span by the furniture class it comes from (junk-manifest.json; "unmarked" when it is none of
the marked pieces, e.g. a dek or a byline in the header) and prints the lost spans as they are.
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


def main():
    predictions = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    predictions = predictions.get("output", predictions)
    per_page = "--per-page" in sys.argv
    truth = json.loads((HERE / "ground-truth.json").read_text(encoding="utf-8"))
    manifest = json.loads((HERE / "junk-manifest.json").read_text(encoding="utf-8"))
    kept, lost = defaultdict(lambda: [0, 0]), []
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
                    cls = furniture_class(span, manifest[page]["junk"])
                    kept[cls][0] += 1
                    kept[cls][1] += len(span)
                    if per_page:
                        print(f"{page}  KEPT [{cls}] {len(span)} words: {' '.join(span)[:160]}")
            if op in ("delete", "replace"):
                lost.append((page, i2 - i1, " ".join(t[i1:i2])))
                if per_page:
                    print(f"{page}  LOST {i2 - i1} words: {' '.join(t[i1:i2])[:160]}")
    print("\nkept (not article text): class, spans, words")
    for cls, (n, w) in sorted(kept.items(), key=lambda kv: -kv[1][1]):
        print(f"  {cls:22s} {n:3d} {w:5d}")
    print("\nlost (article text): page, words, text")
    for page, n, text in lost:
        print(f"  {page:26s} {n:4d}  {text[:120]}")


if __name__ == "__main__":
    main()
