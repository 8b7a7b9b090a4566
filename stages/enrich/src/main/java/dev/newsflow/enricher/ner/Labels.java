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

    /** What a rule does with the words [{@code from}, {@code to}) of a sentence. */
    interface Run {
        void visit(int from, int to);
    }

    /**
     * Shows {@code run} every longest run of capitalised words the model left untagged ("World Cup" of "the World
     * Cup final"), left to right. The rule may tag the run's words, and re-open the span after it
     * ({@link #nameAlone}); the next run is looked for after the run it was shown.
     */
    static void eachUntaggedCapitalRun(String[] words, String[] tags, Run run) {
        int i = 0;
        while (i < words.length) {
            int j = i;
            while (j < words.length && tags[j].equals("O") && Words.startsUpper(words[j])) {
                j++;
            }
            if (j > i) {
                run.visit(i, j);
            }
            i = Math.max(j, i + 1);
        }
    }

    /**
     * Whether the words [{@code from}, {@code to}) can be tagged as one name without cutting one of the model's
     * names at their edges: the first word continues no name before it, the word after them continues none.
     */
    static boolean cutsNoName(String[] tags, int from, int to) {
        return !tags[from].startsWith("I-") && (to == tags.length || !tags[to].startsWith("I-"));
    }

    /** The end (exclusive) of the name word {@code k} is in, read from {@code k} on: the words going on with it. */
    static int nameEnd(String[] tags, int k) {
        String inside = "I-" + tags[k].substring(2);
        int end = k + 1;
        while (end < tags.length && tags[end].equals(inside)) {
            end++;
        }
        return end;
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
