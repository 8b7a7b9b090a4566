package dev.newsflow.enricher.ner;

/**
 * Best IOB2 label sequence of a sentence under a first-order model: a label's score at a token is its
 * emission score plus a score that depends on the previous label (transition features conjoined with the
 * token). Invalid transitions (I-X after anything but B-X or I-X) are never taken.
 */
final class Viterbi {

    private Viterbi() {
    }

    /**
     * @param n          tokens
     * @param emission   {@code [i * L + label]}
     * @param transition {@code [(i * (L + 1) + prev) * L + label]}, prev up to {@link Labels#START}
     * @param out        the best labels, one per token
     */
    static void decode(int n, float[] emission, float[] transition, int[] out) {
        int nl = Labels.ALL.length;
        float[] best = new float[n * nl];
        int[] back = new int[n * nl];
        for (int l = 0; l < nl; l++) {
            best[l] = Labels.allowed(Labels.START, l)
                    ? emission[l] + transition[Labels.START * nl + l] : Float.NEGATIVE_INFINITY;
        }
        for (int i = 1; i < n; i++) {
            int tBase = i * (nl + 1) * nl;
            for (int l = 0; l < nl; l++) {
                float top = Float.NEGATIVE_INFINITY;
                int arg = 0;
                for (int prev = 0; prev < nl; prev++) {
                    if (!Labels.allowed(prev, l)) {
                        continue;
                    }
                    float s = best[(i - 1) * nl + prev] + transition[tBase + prev * nl + l];
                    if (s > top) {
                        top = s;
                        arg = prev;
                    }
                }
                best[i * nl + l] = top + emission[i * nl + l];
                back[i * nl + l] = arg;
            }
        }
        int arg = 0;
        for (int l = 1; l < nl; l++) {
            if (best[(n - 1) * nl + l] > best[(n - 1) * nl + arg]) {
                arg = l;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            out[i] = arg;
            arg = back[i * nl + arg];
        }
    }
}
