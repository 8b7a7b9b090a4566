package dev.newsflow.enricher.ner;

/** Word shapes, and a run of words as one name, that the tagger's run-time rules ask: written once. */
final class Words {

    private Words() {
    }

    /** Whether the word starts with a capital letter ("Reuters", "UEFA"; not "de", "3-1" or ""). */
    static boolean startsUpper(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    /** Words [from, to) joined by one space, as the name lists and the rules' votes key a name. */
    static String join(String[] words, int from, int to) {
        if (to - from == 1) {
            return words[from];
        }
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                sb.append(' ');
            }
            sb.append(words[k]);
        }
        return sb.toString();
    }
}
