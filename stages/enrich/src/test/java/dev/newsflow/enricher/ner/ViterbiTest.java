package dev.newsflow.enricher.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ViterbiTest {

    private static final int L = Labels.ALL.length;

    private static int label(String tag) {
        return Arrays.asList(Labels.ALL).indexOf(tag);
    }

    @Test
    void choosesTheBestValidSequenceAsAWholeNotTokenByToken() {
        float[] emission = new float[2 * L];
        // token 0 looks most like I-PER, which cannot open a sentence, then B-PER
        emission[label("I-PER")] = 5;
        emission[label("B-PER")] = 2;
        // token 1 looks strongly like the inside of a place: worth opening the place at token 0
        emission[L + label("I-LOC")] = 9;
        emission[L + label("B-LOC")] = 1;
        int[] out = new int[2];
        Viterbi.decode(2, emission, new float[2 * (L + 1) * L], out);
        assertThat(out).containsExactly(label("B-LOC"), label("I-LOC"));
    }

    @Test
    void addsTheScoresOfThePreviousLabel() {
        float[] emission = new float[2 * L];
        float[] transition = new float[2 * (L + 1) * L];
        emission[label("B-PER")] = 1;
        emission[L + label("B-LOC")] = 2;
        transition[(L + 1 + label("B-PER")) * L + label("I-PER")] = 3;
        int[] out = new int[2];
        Viterbi.decode(2, emission, transition, out);
        assertThat(out).containsExactly(label("B-PER"), label("I-PER"));
    }
}
