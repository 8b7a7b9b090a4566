package dev.newsflow.enricher.ner;

/** Word shapes the tagger's run-time rules ask, written once. */
final class Words {

    private Words() {
    }

    /** Whether the word starts with a capital letter ("Reuters", "UEFA"; not "de", "3-1" or ""). */
    static boolean startsUpper(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }
}
