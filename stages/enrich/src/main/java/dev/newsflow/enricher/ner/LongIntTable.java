package dev.newsflow.enricher.ner;

/**
 * Open-addressing map from non-zero {@code long} keys to {@code int} values, without boxing: the feature
 * index, the casing vocabulary and the gazetteer all look up hashes per token. Keys and values are
 * interleaved in one array so that a lookup touches one cache line.
 */
final class LongIntTable {

    private long[] slots; // key at 2 * i, value at 2 * i + 1
    private int size;
    private int mask;

    LongIntTable(int expected) {
        int cap = Integer.highestOneBit(Math.max(4, expected + expected / 2) - 1) << 1;
        slots = new long[cap * 2];
        mask = cap - 1;
    }

    int size() {
        return size;
    }

    /** The value of the key, or {@code missing}. */
    int get(long key, int missing) {
        long[] s = slots;
        int i = slot(key);
        while (true) {
            long k = s[2 * i];
            if (k == key) {
                return (int) s[2 * i + 1];
            }
            if (k == 0) {
                return missing;
            }
            i = (i + 1) & mask;
        }
    }

    /** Sets the value; returns the previous one or {@code missing}. */
    int put(long key, int value, int missing) {
        if (key == 0) {
            throw new IllegalArgumentException("key 0 is reserved");
        }
        if ((size + 1) * 3L > (mask + 1) * 2L) {
            grow();
        }
        int i = slot(key);
        while (slots[2 * i] != 0) {
            if (slots[2 * i] == key) {
                int old = (int) slots[2 * i + 1];
                slots[2 * i + 1] = value;
                return old;
            }
            i = (i + 1) & mask;
        }
        slots[2 * i] = key;
        slots[2 * i + 1] = value;
        size++;
        return missing;
    }

    /** The keys, in no particular order. */
    long[] keys() {
        long[] out = new long[size];
        int n = 0;
        for (int i = 0; i < slots.length; i += 2) {
            if (slots[i] != 0) {
                out[n++] = slots[i];
            }
        }
        return out;
    }

    private int slot(long key) {
        return (int) FeatureHash.mix(key) & mask;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        mask = slots.length / 2 - 1;
        size = 0;
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != 0) {
                put(old[i], (int) old[i + 1], 0);
            }
        }
    }
}
