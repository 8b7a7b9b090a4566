package dev.newsflow.enricher.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Weights of an averaged perceptron over string features, with the word-casing statistics the features use.
 * Stored as a compact binary stream: weights quantised to 16 bits (the loss is far below the noise of the
 * training data and halves the model).
 */
final class PerceptronModel {

    private static final int MAGIC = 0x4e464e52; // "NFNR"
    private static final int VERSION = 1;

    final String[] labels;
    final Map<String, Integer> index;
    final float[] weights;
    final Map<String, Byte> casing;

    PerceptronModel(String[] labels, Map<String, Integer> index, float[] weights, Map<String, Byte> casing) {
        this.labels = labels;
        this.index = index;
        this.weights = weights;
        this.casing = casing;
    }

    /** Adds the weights of the features to {@code scores} (one per label). */
    void score(List<String> features, double[] scores) {
        int n = labels.length;
        for (String f : features) {
            Integer id = index.get(f);
            if (id != null) {
                int base = id * n;
                for (int l = 0; l < n; l++) {
                    scores[l] += weights[base + l];
                }
            }
        }
    }

    void write(OutputStream stream) throws IOException {
        DataOutputStream out = new DataOutputStream(stream);
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(labels.length);
        for (String l : labels) {
            out.writeUTF(l);
        }
        out.writeInt(casing.size());
        for (Map.Entry<String, Byte> e : casing.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeByte(e.getValue());
        }
        float max = 0;
        for (float w : weights) {
            max = Math.max(max, Math.abs(w));
        }
        float scale = max == 0 ? 1 : max / Short.MAX_VALUE;
        out.writeFloat(scale);
        out.writeInt(index.size());
        int n = labels.length;
        for (Map.Entry<String, Integer> e : index.entrySet()) {
            out.writeUTF(e.getKey());
            int base = e.getValue() * n;
            for (int l = 0; l < n; l++) {
                out.writeShort(Math.round(weights[base + l] / scale));
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
        if (version != VERSION) {
            throw new IOException("unsupported NER model version " + version);
        }
        String[] labels = new String[in.readInt()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = in.readUTF();
        }
        int casingSize = in.readInt();
        Map<String, Byte> casing = new HashMap<>(casingSize * 2);
        for (int i = 0; i < casingSize; i++) {
            casing.put(in.readUTF(), in.readByte());
        }
        float scale = in.readFloat();
        int features = in.readInt();
        Map<String, Integer> index = new HashMap<>(features * 2);
        int n = labels.length;
        float[] weights = new float[features * n];
        for (int f = 0; f < features; f++) {
            index.put(in.readUTF(), f);
            for (int l = 0; l < n; l++) {
                weights[f * n + l] = in.readShort() * scale;
            }
        }
        return new PerceptronModel(labels, index, weights, casing);
    }
}
