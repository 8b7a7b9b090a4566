package dev.newsflow.parser.eval;

/**
 * CPython's {@code random.Random(seed).randrange(n)} (MT19937 seeded by init_by_array, rejection sampling with
 * getrandbits), so bootstrap resamples are the same documents as in the Python reference scorer.
 */
final class PythonRandom {

    private final int[] mt = new int[624];
    private int index = 625;

    PythonRandom(long seed) {
        // CPython seeds with the absolute value of the int split into 32-bit words (at least one word).
        long abs = Math.abs(seed);
        int words = abs == 0 ? 1 : (64 - Long.numberOfLeadingZeros(abs) + 31) / 32;
        int[] key = new int[words];
        for (int i = 0; i < words; i++) {
            key[i] = (int) (abs >>> (32 * i));
        }
        initByArray(key);
    }

    private void initGenrand(int s) {
        mt[0] = s;
        for (int i = 1; i < 624; i++) {
            mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
        }
        index = 624;
    }

    private void initByArray(int[] key) {
        initGenrand(19650218);
        int i = 1;
        int j = 0;
        int k = Math.max(624, key.length);
        for (; k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= 624) {
                mt[0] = mt[623];
                i = 1;
            }
            if (j >= key.length) {
                j = 0;
            }
        }
        for (k = 623; k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= 624) {
                mt[0] = mt[623];
                i = 1;
            }
        }
        mt[0] = 0x80000000;
    }

    private int next32() {
        if (index >= 624) {
            for (int kk = 0; kk < 624; kk++) {
                int y = (mt[kk] & 0x80000000) | (mt[(kk + 1) % 624] & 0x7fffffff);
                mt[kk] = mt[(kk + 397) % 624] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
            }
            index = 0;
        }
        int y = mt[index++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }

    /** A uniform integer in [0, n), n below 2^31. */
    int randrange(int n) {
        int k = 32 - Integer.numberOfLeadingZeros(n);
        long r = (next32() & 0xffffffffL) >>> (32 - k);
        while (r >= n) {
            r = (next32() & 0xffffffffL) >>> (32 - k);
        }
        return (int) r;
    }
}
