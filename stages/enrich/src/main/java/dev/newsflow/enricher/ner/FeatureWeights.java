package dev.newsflow.enricher.ner;

/**
 * A model's weights laid out for tagging, where looking features up is most of the tagger's time (about 57 lookups
 * per token, about 87 % of them found in the model). The feature keys are 32-bit ints, so they sit in an int array
 * probed by open addressing (2 MiB for the bundled model: it stays in a core's cache, where {@link LongIntTable}'s
 * 16-byte slots took 8 MiB), and each key's row of weights sits at its slot's index in one float array, so a found
 * feature costs one probe and one row read instead of a probe, an id and a row elsewhere. The rows of empty slots are
 * zeros never read. Built from a {@link PerceptronModel}, whose layout stays the one it is written and trained in.
 */
final class FeatureWeights {

    // the IOB2 labels of Labels.ALL, which every model has (PerceptronModel.read checks it)
    private static final int LABELS = 9;

    private final int[] keys; // FeatureHash.key of a feature, 0 for an empty slot
    private final float[] rows; // [slot * LABELS + label]
    private final int mask;

    FeatureWeights(PerceptronModel model) {
        if (model.labels.length != LABELS) {
            throw new IllegalArgumentException("a model of " + model.labels.length + " labels, not " + LABELS);
        }
        long[] features = model.index.keys();
        // at most half full, as LongIntTable: a key that is not there meets an empty slot within a probe or two
        int capacity = Integer.highestOneBit(Math.max(4, features.length * 2) - 1) << 1;
        keys = new int[capacity];
        rows = new float[capacity * LABELS];
        mask = capacity - 1;
        for (long feature : features) {
            int key = (int) feature;
            int s = slot(key);
            while (keys[s] != 0) {
                s = (s + 1) & mask;
            }
            keys[s] = key;
            System.arraycopy(model.weights, model.index.get(feature, -1) * LABELS, rows, s * LABELS, LABELS);
        }
    }

    /**
     * Adds the weights of the features to {@code scores[offset..offset + 9)}, feature by feature in order. The nine
     * sums are kept in locals, not in {@code scores}: the compiler cannot keep array elements in registers (the
     * arrays might alias), and the additions, in the same order, give the same floats.
     */
    void score(NerFeatures.Buffer features, float[] scores, int offset) {
        int[] k = keys;
        float[] w = rows;
        int[] wanted = features.keys;
        float s0 = scores[offset], s1 = scores[offset + 1], s2 = scores[offset + 2], s3 = scores[offset + 3],
                s4 = scores[offset + 4], s5 = scores[offset + 5], s6 = scores[offset + 6], s7 = scores[offset + 7],
                s8 = scores[offset + 8];
        for (int f = 0; f < features.size; f++) {
            int key = wanted[f];
            int s = slot(key);
            while (true) {
                int found = k[s];
                if (found == key) {
                    int b = s * LABELS;
                    s0 += w[b];
                    s1 += w[b + 1];
                    s2 += w[b + 2];
                    s3 += w[b + 3];
                    s4 += w[b + 4];
                    s5 += w[b + 5];
                    s6 += w[b + 6];
                    s7 += w[b + 7];
                    s8 += w[b + 8];
                    break;
                }
                if (found == 0) {
                    break;
                }
                s = (s + 1) & mask;
            }
        }
        scores[offset] = s0;
        scores[offset + 1] = s1;
        scores[offset + 2] = s2;
        scores[offset + 3] = s3;
        scores[offset + 4] = s4;
        scores[offset + 5] = s5;
        scores[offset + 6] = s6;
        scores[offset + 7] = s7;
        scores[offset + 8] = s8;
    }

    private int slot(int key) {
        return (int) FeatureHash.mix(key) & mask;
    }
}
