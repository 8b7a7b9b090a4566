package dev.newsflow.enricher.ner;

/**
 * 64-bit hashes of strings and of feature tuples, computed without building the feature strings: the tagger
 * hashes a template id with precomputed per-token hashes, and the model stores the 32-bit {@link #key} of each
 * feature (collisions among a few hundred thousand features merge a handful of rare ones, which is harmless for
 * a perceptron).
 */
final class FeatureHash {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final long GOLDEN = 0x9e3779b97f4a7c15L;

    private FeatureHash() {
    }

    /** Hash of the characters {@code from..to} of {@code s}. */
    static long chars(CharSequence s, int from, int to) {
        long h = FNV_OFFSET;
        for (int k = from; k < to; k++) {
            h = (h ^ s.charAt(k)) * FNV_PRIME;
        }
        return mix(h ^ (to - from));
    }

    /** Hash of a whole string. */
    static long of(CharSequence s) {
        return chars(s, 0, s.length());
    }

    /** Hash of the lower-cased string (Unicode simple case mapping, as {@code toLowerCase(Locale.ROOT)} for news text). */
    static long lower(CharSequence s) {
        long h = FNV_OFFSET;
        for (int k = 0; k < s.length(); k++) {
            h = (h ^ Character.toLowerCase(s.charAt(k))) * FNV_PRIME;
        }
        return mix(h ^ s.length());
    }

    /** Hash of an ordered pair. */
    static long combine(long a, long b) {
        return mix(a * GOLDEN + b);
    }

    static long combine(long a, long b, long c) {
        return combine(combine(a, b), c);
    }

    /** The 32-bit model key of a feature hash; never 0 (the empty slot of {@link LongIntTable}). */
    static int key(long h) {
        int k = (int) (h ^ (h >>> 32));
        return k == 0 ? 1 : k;
    }

    /** The splitmix64 finaliser: a bijection that spreads every input bit over the output. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
