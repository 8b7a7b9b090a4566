package dev.newsflow.enricher.ner;

/** The IOB2 label set and its transition rule. */
final class Labels {

    static final String[] ALL = {"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"};

    private Labels() {
    }

    /** Whether {@code label} may follow {@code prev}: I-X only continues B-X or I-X. */
    static boolean allowed(String prev, String label) {
        if (!label.startsWith("I-")) {
            return true;
        }
        return prev.length() > 2 && prev.substring(2).equals(label.substring(2));
    }
}
