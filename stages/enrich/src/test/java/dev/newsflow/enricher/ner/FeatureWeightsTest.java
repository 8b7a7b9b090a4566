package dev.newsflow.enricher.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class FeatureWeightsTest {

    @Test
    void scoresAsTheModelsIndexAndRowsSayFeatureByFeature() {
        Random random = new Random(12);
        int nl = Labels.ALL.length;
        int features = 5000;
        LongIntTable index = new LongIntTable(features);
        float[] weights = new float[features * nl];
        int[] known = new int[features];
        for (int f = 0; f < features; f++) {
            int key;
            do {
                key = random.nextInt();
            } while (key == 0 || index.get(key, -1) >= 0);
            known[f] = key;
            index.put(key, f, -1);
            for (int l = 0; l < nl; l++) {
                weights[f * nl + l] = (float) random.nextGaussian();
            }
        }
        PerceptronModel model = new PerceptronModel(Labels.ALL, index, weights, new LongIntTable(4),
                WordClusters.NONE);
        FeatureWeights table = new FeatureWeights(model);
        for (int round = 0; round < 200; round++) {
            NerFeatures.Buffer buffer = new NerFeatures.Buffer();
            int size = 1 + random.nextInt(60);
            for (int k = 0; k < size; k++) {
                // about one feature in five is not in the model, as in real text
                buffer.keys[buffer.size++] = random.nextInt(5) == 0 ? random.nextInt() | 1
                        : known[random.nextInt(features)];
            }
            float[] expected = new float[3 * nl];
            float[] actual = new float[3 * nl];
            for (int k = 0; k < buffer.size; k++) {
                int id = index.get(buffer.keys[k], -1);
                for (int l = 0; id >= 0 && l < nl; l++) {
                    expected[nl + l] += weights[id * nl + l];
                }
            }
            table.score(buffer, actual, nl);
            assertThat(actual).containsExactly(expected);
        }
    }
}
