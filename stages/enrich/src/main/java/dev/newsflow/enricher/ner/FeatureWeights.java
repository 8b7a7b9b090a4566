package dev.newsflow.enricher.ner;

/**
 * A model's weights laid out for tagging, where looking features up is most of the tagger's time (about 57
 * lookups per token, 85 % of them found). The feature keys are 32-bit ints, so they sit in an int array probed by
 * open addressing (2 MiB for the bundled model: it stays in a core's cache, where {@link LongIntTable}'s 16-byte
 * slots took 8 MiB), and each key's row of weights sits at its slot's index in one float array, so a found feature
 * costs one probe and one row read instead of a probe, an id and a row elsewhere. The rows of empty slots are
 * zeros never read. Built from a {@link PerceptronModel}, whose layout stays the one it is written and trained in.
 */
final class FeatureWeights {

    private final int labels;
    private final int[] keys; // FeatureHash.key of a feature, 0 for an empty slot
    private final float[] rows; // [slot * labels + label]
    private final int mask;

    FeatureWeights(PerceptronModel model) {
        labels = model.labels.length;
        long[] features = model.index.keys();
        // at most half full, as LongIntTable: a key that is not there meets an empty slot within a probe or two
        int capacity = Integer.highestOneBit(Math.max(4, features.length * 2) - 1) << 1;
        keys = new int[capacity];
        rows = new float[capacity * labels];
        mask = capacity - 1;
        for (long feature : features) {
            int key = (int) feature;
            int s = slot(key);
            while (keys[s] != 0) {
                s = (s + 1) & mask;
            }
            keys[s] = key;
            System.arraycopy(model.weights, model.index.get(feature, -1) * labels, rows, s * labels, labels);
        }
    }

    /** Adds the weights of the features to {@code scores[offset..offset + labels)}, feature by feature in order. */
    void score(NerFeatures.Buffer features, float[] scores, int offset) {
        int n = labels;
        int[] k = keys;
        float[] w = rows;
        int[] wanted = features.keys;
        for (int f = 0; f < features.size; f++) {
            int key = wanted[f];
            int s = slot(key);
            while (true) {
                int found = k[s];
                if (found == key) {
                    int base = s * n;
                    for (int l = 0; l < n; l++) {
                        scores[offset + l] += w[base + l];
                    }
                    break;
                }
                if (found == 0) {
                    break;
                }
                s = (s + 1) & mask;
            }
        }
    }

    private int slot(int key) {
        return (int) FeatureHash.mix(key) & mask;
    }
}
