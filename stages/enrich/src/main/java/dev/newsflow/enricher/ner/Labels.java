package dev.newsflow.enricher.ner;

/** The IOB2 label set and its transition rule. */
final class Labels {

    static final String[] ALL = {"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"};

    /** The label index standing for "before the sentence". */
    static final int START = ALL.length;

    // ALLOWED[prev][label], prev up to START
    private static final boolean[][] ALLOWED = new boolean[ALL.length + 1][ALL.length];

    static {
        for (int prev = 0; prev <= START; prev++) {
            for (int l = 0; l < ALL.length; l++) {
                ALLOWED[prev][l] = allowed(prev == START ? "<s>" : ALL[prev], ALL[l]);
            }
        }
    }

    private Labels() {
    }

    /** Whether {@code label} may follow {@code prev}: I-X only continues B-X or I-X. */
    static boolean allowed(String prev, String label) {
        if (!label.startsWith("I-")) {
            return true;
        }
        return prev.length() > 2 && prev.substring(2).equals(label.substring(2));
    }

    /**
     * Makes the word at {@code i} open its span when the word before it was just taken out of that span (re-tagged or
     * cut): an {@code I-X} there becomes {@code B-X}, so the rest of the name stays a name. Nothing past the end.
     */
    static void reopenAt(String[] tags, int i) {
        if (i < tags.length && tags[i].startsWith("I-")) {
            tags[i] = "B-" + tags[i].substring(2);
        }
    }

    /** Tags the words {@code from} (inclusive) to {@code to} (exclusive) as one name of {@code type} ("PER", "ORG"...). */
    static void name(String[] tags, int from, int to, String type) {
        for (int k = from; k < to; k++) {
            tags[k] = (k == from ? "B-" : "I-") + type;
        }
    }

    /**
     * Tags the words {@code from} (inclusive) to {@code to} (exclusive) as one name of {@code type}, a name of its own:
     * a word after it that went on with the span the words were in opens its own span ({@link #reopenAt}).
     */
    static void nameAlone(String[] tags, int from, int to, String type) {
        name(tags, from, to, type);
        reopenAt(tags, to);
    }

    /** Takes the word at {@code k} out of its name: the word after it, if it went on with that name, opens its own. */
    static void cutAt(String[] tags, int k) {
        tags[k] = "O";
        reopenAt(tags, k + 1);
    }

    /** Whether every word {@code from} (inclusive) to {@code to} (exclusive) is outside any name (tagged O). */
    static boolean untagged(String[] tags, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!tags[k].equals("O")) {
                return false;
            }
        }
        return true;
    }

    /** {@link #allowed(String, String)} by label index ({@link #START} for the sentence start). */
    static boolean allowed(int prev, int label) {
        return ALLOWED[prev][label];
    }
}
