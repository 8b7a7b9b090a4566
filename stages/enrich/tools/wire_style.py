#!/usr/bin/env python3
"""Builds the wire-style NER proxy (stages/enrich/data/wire-style/) from its annotated source.

The source (wire-style.src) is written for this project: one story per block, opened by a line
"## sport" or "## news"; then one sentence (or table row) per line, already tokenised CoNLL-style
(whitespace between tokens, "U.S." one token, "'s" split), with names marked inline as
"[PER Nick Faldo]", "[ORG Leeds United]", "[LOC LONDON]", "[MISC World Cup]" (CoNLL-2003 types).

Writes tune.txt and check.txt (token TAG lines, IOB2, -DOCSTART- between stories): a seeded draw deals
the stories into two halves, stratified by block kind (sport / news / markets). The check half is never tuned on.
The second batch (wire-style-2.src, weighted to markets briefs, results lists and foreign names) is split the same
way into tune2.txt and check2.txt, the third (wire-style-3.src, weighted to European politics, leagues and cups,
bond jargon and companies named with no cue) into tune3.txt and check3.txt. The fourth batch (wire-style-4.src) is
blind: written after the NER rules were tuned on the first three, it is not split but written whole to blind4.txt,
a measuring set that is never tuned on.

    python3 stages/enrich/tools/wire_style.py              # rewrites tune.txt and check.txt
    python3 stages/enrich/tools/wire_style.py --batch 2    # rewrites tune2.txt and check2.txt
    python3 stages/enrich/tools/wire_style.py --batch 3    # rewrites tune3.txt and check3.txt
    python3 stages/enrich/tools/wire_style.py --batch 4    # rewrites blind4.txt (the whole batch, no split)
    python3 stages/enrich/tools/wire_style.py --check      # only validates the source, prints counts
"""
import argparse
import random
import sys
from collections import Counter
from pathlib import Path

TYPES = {"PER", "ORG", "LOC", "MISC"}
# the strata of the split; a kind absent from a batch draws nothing from the seeded generator
KINDS = ("sport", "news", "markets")
SEED = 2026
# batches written as measuring sets: never split into tune / check halves, whatever the options
BLIND_BATCHES = {4}
DATA = Path(__file__).resolve().parent.parent / "data" / "wire-style"


def parse_line(line, where):
    """Returns (tokens, tags) of one annotated line."""
    words, tags = [], []
    open_type = None
    first = False
    for raw in line.split():
        tok = raw
        if tok.startswith("[") and tok[1:] in TYPES:
            if open_type:
                raise ValueError(f"{where}: nested name at {raw!r}")
            open_type, first = tok[1:], True
            continue
        close = open_type is not None and tok.endswith("]") and len(tok) > 1
        if close:
            tok = tok[:-1]
        if "[" in tok or "]" in tok:
            raise ValueError(f"{where}: stray bracket in {raw!r}")
        words.append(tok)
        if open_type:
            tags.append(("B-" if first else "I-") + open_type)
            first = False
        else:
            tags.append("O")
        if close:
            open_type = None
    if open_type:
        raise ValueError(f"{where}: name not closed")
    if not words:
        raise ValueError(f"{where}: empty line")
    return words, tags


def read_source(path):
    """Stories as (kind, [(words, tags), ...])."""
    stories = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#!") or line.startswith("# "):
            continue
        if line.startswith("## "):
            kind = line[3:].strip()
            if kind not in KINDS:
                raise ValueError(f"line {n}: unknown kind {kind!r}")
            stories.append((kind, []))
            continue
        if not stories:
            raise ValueError(f"line {n}: text before the first story")
        stories[-1][1].append(parse_line(line, f"line {n}"))
    for i, (kind, sentences) in enumerate(stories):
        if len(sentences) < 3:
            raise ValueError(f"story {i}: needs a headline, a dateline and a body")
    return stories


def split(stories, seed=SEED):
    """Indices of the tune and check halves: each kind shuffled with the seed and dealt alternately."""
    rng = random.Random(seed)
    tune, check = [], []
    for kind in KINDS:
        idx = [i for i, (k, _) in enumerate(stories) if k == kind]
        rng.shuffle(idx)
        tune += idx[0::2]
        check += idx[1::2]
    return sorted(tune), sorted(check)


def write(stories, indices, path):
    with path.open("w", encoding="utf-8") as out:
        for i in indices:
            out.write("-DOCSTART- O\n\n")
            for words, tags in stories[i][1]:
                for w, t in zip(words, tags):
                    out.write(f"{w} {t}\n")
                out.write("\n")


def counts(stories, indices):
    c = Counter()
    for i in indices:
        for _, tags in stories[i][1]:
            c.update(t[2:] for t in tags if t.startswith("B-"))
    toks = sum(len(w) for i in indices for w, _ in stories[i][1])
    return toks, c


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--batch", type=int, choices=(1, 2, 3, 4), default=1,
                    help="1: wire-style.src -> tune.txt / check.txt; N: wire-style-N.src -> tuneN.txt / checkN.txt")
    ap.add_argument("--blind", action="store_true",
                    help="no split: the whole batch goes to blindN.txt, a measuring set never tuned on")
    ap.add_argument("--source", type=Path, help="annotated source (default: the batch's)")
    ap.add_argument("--check", action="store_true", help="validate and count only")
    args = ap.parse_args()
    if args.batch in BLIND_BATCHES:
        args.blind = True
    suffix = "" if args.batch == 1 else str(args.batch)
    source = args.source or DATA / f"wire-style{'' if args.batch == 1 else '-' + suffix}.src"
    stories = read_source(source)
    if args.blind:
        # a blind batch is measured whole: splitting it would only invite tuning on one half
        parts = (("blind", list(range(len(stories)))),)
    else:
        parts = tuple(zip(("tune", "check"), split(stories)))
    for name, idx in parts:
        toks, c = counts(stories, idx)
        kinds = Counter(stories[i][0] for i in idx)
        print(f"{name}{suffix}: {len(idx)} stories ({kinds['sport']} sport, {kinds['news']} news, "
              f"{kinds['markets']} markets), {toks} tokens, "
              f"names {sum(c.values())} (PER {c['PER']}, ORG {c['ORG']}, LOC {c['LOC']}, MISC {c['MISC']})")
    if not args.check:
        for name, idx in parts:
            write(stories, idx, DATA / f"{name}{suffix}.txt")
    return 0


if __name__ == "__main__":
    sys.exit(main())
