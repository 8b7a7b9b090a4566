#!/usr/bin/env python3
"""Deals written-stories.tsv into a training half and a check half by a seeded draw, stratified by topic.

Run from the project root: python3 stages/enrich/training/topics/split_written_stories.py
Each batch of stories (a comment line "# batch N" opens batches after the first) is split on its own, so a later
batch leaves the earlier ones' halves as they were: within each topic of a batch the stories are shuffled with
random.Random(SEED) and the first half (rounded down) goes to the check half, the rest to training. Each output keeps
the stories in the order of written-stories.tsv (batch 1 first). Every batch's draw was made and committed before
any classifier was run on its stories: the check half is never tuned on (TRAINING.md).
"""
import random
from collections import defaultdict

DIR = 'stages/enrich/training/topics/'
SOURCE = DIR + 'written-stories.tsv'
TRAIN = DIR + 'written-stories-train.tsv'
CHECK = DIR + 'written-stories-check.tsv'
SEED = 20261207


def main():
    stories, batches = [], [[]]
    with open(SOURCE, encoding='utf-8') as f:
        for line in f:
            if line.startswith('# batch'):
                batches.append([])
            elif line.strip() and not line.startswith('#'):
                batches[-1].append(len(stories))
                stories.append(line.rstrip('\n'))
    check = set()
    for batch in batches:
        by_topic = defaultdict(list)
        for i in batch:
            by_topic[stories[i].split('\t', 1)[0]].append(i)
        rng = random.Random(SEED)
        for topic in sorted(by_topic):
            ids = by_topic[topic][:]
            rng.shuffle(ids)
            check.update(ids[:len(ids) // 2])
    for path, half, keep in ((TRAIN, 'training', False), (CHECK, 'check', True)):
        chosen = [s for i, s in enumerate(stories) if (i in check) == keep]
        with open(path, 'w', encoding='utf-8') as out:
            out.write(f'# The {half} half of written-stories.tsv ({len(chosen)} of {len(stories)} stories), written by\n'
                      f'# split_written_stories.py (seed {SEED}, stratified by topic; do not edit). See written-stories.tsv.\n')
            for s in chosen:
                out.write(s + '\n')
        print(path, len(chosen))


if __name__ == '__main__':
    main()
