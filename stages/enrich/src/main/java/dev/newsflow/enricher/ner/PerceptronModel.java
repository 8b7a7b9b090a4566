package dev.newsflow.enricher.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * Weights of an averaged perceptron over hashed features ({@link FeatureHash#key}), with the word-casing
 * statistics the features use. Stored as a compact binary stream: feature keys sorted and delta-coded as
 * varints, weights quantised to 16 bits and written label by label (the loss is far below the noise of the
 * training data; long runs of zeros compress well). Format 3 adds the word clusters the features use
 * ({@link WordClusters}); a format-2 model (no clusters) still loads. Format 4 adds the bits of the optional
 * feature templates ({@link NerFeatures.Extension}) the model was trained with; a model without any is written as
 * format 3, so those files stay as they were.
 */
final class PerceptronModel {

    private static final int MAGIC = 0x4e464e52; // "NFNR"
    private static final int VERSION = 3;
    private static final int VERSION_WITH_EXTENSIONS = 4;
    private static final int VERSION_WITHOUT_CLUSTERS = 2;

    final String[] labels;
    final LongIntTable index;
    final float[] weights;
    final LongIntTable casing;
    final WordClusters clusters;
    final int extensions;

    PerceptronModel(String[] labels, LongIntTable index, float[] weights, LongIntTable casing,
                    WordClusters clusters) {
        this(labels, index, weights, casing, clusters, 0);
    }

    PerceptronModel(String[] labels, LongIntTable index, float[] weights, LongIntTable casing,
                    WordClusters clusters, int extensions) {
        this.labels = labels;
        this.index = index;
        this.weights = weights;
        this.casing = casing;
        this.clusters = clusters;
        this.extensions = extensions;
    }

    void write(OutputStream stream) throws IOException {
        DataOutputStream out = new DataOutputStream(stream);
        out.writeInt(MAGIC);
        out.writeInt(extensions == 0 ? VERSION : VERSION_WITH_EXTENSIONS);
        out.writeInt(labels.length);
        for (String l : labels) {
            out.writeUTF(l);
        }
        long[] casingKeys = sortedKeys(casing);
        writeKeys(out, casingKeys);
        for (long k : casingKeys) {
            out.writeByte(casing.get(k, 0));
        }
        long[] clusterKeys = sortedKeys(clusters.table());
        writeKeys(out, clusterKeys);
        for (long k : clusterKeys) {
            int packed = clusters.get((int) k);
            out.writeShort(WordClusters.fine(packed));
            out.writeShort(WordClusters.coarse(packed));
        }
        if (extensions != 0) {
            out.writeInt(extensions);
        }
        float max = 0;
        for (float w : weights) {
            max = Math.max(max, Math.abs(w));
        }
        float scale = max == 0 ? 1 : max / Short.MAX_VALUE;
        out.writeFloat(scale);
        long[] keys = sortedKeys(index);
        writeKeys(out, keys);
        int n = labels.length;
        for (int l = 0; l < n; l++) {
            for (long k : keys) {
                out.writeShort(Math.round(weights[index.get(k, 0) * n + l] / scale));
            }
        }
        out.flush();
    }

    static PerceptronModel read(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(stream);
        if (in.readInt() != MAGIC) {
            throw new IOException("not a newsflow NER model (bad magic number)");
        }
        int version = in.readInt();
        if (version != VERSION && version != VERSION_WITHOUT_CLUSTERS && version != VERSION_WITH_EXTENSIONS) {
            throw new IOException("unsupported NER model version " + version + " (retrain with `newsflow train ner`)");
        }
        String[] labels = new String[in.readInt()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = in.readUTF();
        }
        if (!Arrays.equals(labels, Labels.ALL)) {
            throw new IOException("model labels " + Arrays.toString(labels) + " are not " + Arrays.toString(Labels.ALL));
        }
        long[] casingKeys = readKeys(in);
        LongIntTable casing = new LongIntTable(casingKeys.length);
        for (long k : casingKeys) {
            casing.put(k, in.readByte(), 0);
        }
        WordClusters clusters = WordClusters.NONE;
        if (version >= 3) {
            long[] clusterKeys = readKeys(in);
            LongIntTable table = new LongIntTable(clusterKeys.length);
            int fineCount = 0;
            for (long k : clusterKeys) {
                int fine = in.readUnsignedShort();
                int coarse = in.readUnsignedShort();
                fineCount = Math.max(fineCount, fine + 1);
                table.put(k, WordClusters.pack(fine, coarse), 0);
            }
            clusters = new WordClusters(table, fineCount);
        }
        int extensions = version >= VERSION_WITH_EXTENSIONS ? in.readInt() : 0;
        if (extensions >>> NerFeatures.Extension.values().length != 0) {
            throw new IOException("NER model uses feature extensions this enricher does not know (bits "
                    + Integer.toBinaryString(extensions) + "); update the enricher or retrain");
        }
        float scale = in.readFloat();
        long[] keys = readKeys(in);
        LongIntTable index = new LongIntTable(keys.length);
        for (int f = 0; f < keys.length; f++) {
            index.put(keys[f], f, 0);
        }
        int n = labels.length;
        float[] weights = new float[keys.length * n];
        for (int l = 0; l < n; l++) {
            for (int f = 0; f < keys.length; f++) {
                weights[f * n + l] = in.readShort() * scale;
            }
        }
        return new PerceptronModel(labels, index, weights, casing, clusters, extensions);
    }

    /** The table's keys (32-bit feature keys held as longs) in ascending order. */
    private static long[] sortedKeys(LongIntTable table) {
        long[] keys = table.keys();
        Arrays.sort(keys);
        return keys;
    }

    // Keys are ints widened to long: ascending, so deltas are non-negative and small for a dense key set.
    private static void writeKeys(DataOutputStream out, long[] keys) throws IOException {
        out.writeInt(keys.length);
        long last = Integer.MIN_VALUE;
        for (long k : keys) {
            long delta = k - last;
            while (delta >= 0x80) {
                out.writeByte((int) (delta & 0x7f) | 0x80);
                delta >>>= 7;
            }
            out.writeByte((int) delta);
            last = k;
        }
    }

    private static long[] readKeys(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0) {
            throw new IOException("corrupt NER model (negative key count)");
        }
        long[] keys = new long[count];
        long last = Integer.MIN_VALUE;
        for (int i = 0; i < count; i++) {
            long delta = 0;
            int shift = 0;
            int b;
            do {
                b = in.readUnsignedByte();
                delta |= (long) (b & 0x7f) << shift;
                shift += 7;
            } while ((b & 0x80) != 0 && shift < 42);
            last += delta;
            keys[i] = last;
        }
        return keys;
    }
}
