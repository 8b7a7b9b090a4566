package dev.newsflow.enricher.ner;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A wire story's all-caps headline names what its body names: "GOLF - HARMON TAKES ONE-SHOT LEAD" above "Jeff
 * Harmon shot a 68". In capitals the model misses or mistypes such names (it cannot tell "HARMON" from a word in
 * capitals), while it reads the mixed-case body well. So the names the body tags, and the surnames of its
 * persons, are looked up in the document's all-caps lines, ignoring case, and where the model left the words
 * untagged, or tagged exactly those words as another type, they take the body's type.
 *
 * <p>Re-casing the caps line from the body and tagging it again was tried and dropped (TRAINING.md: common words
 * inside names were re-cased and the names broke); this only copies whole names the body holds, and never
 * cuts or stretches a span the model found.
 */
final class CapsLines {

    private static final int MAX_NAME = 6;

    private CapsLines() {
    }

    static void namesFromBody(List<String[]> sentences, List<String[]> tags) {
        boolean[] caps = new boolean[sentences.size()];
        boolean anyCaps = false;
        boolean anyBody = false;
        for (int s = 0; s < sentences.size(); s++) {
            caps[s] = isCapsLine(sentences.get(s));
            anyCaps |= caps[s];
            anyBody |= !caps[s];
        }
        if (!anyCaps || !anyBody) {
            return;
        }
        // the body's names, upper-cased, with votes per type; a person's surname votes for the person
        Map<String, int[]> votes = new HashMap<>();
        for (int s = 0; s < sentences.size(); s++) {
            if (caps[s]) {
                continue;
            }
            String[] w = sentences.get(s);
            for (Span span : Span.in(tags.get(s))) {
                Span.vote(votes, upper(w, span.start(), span.end()), span.type());
                if (span.type() == Span.PER && span.length() >= 2 && w[span.end() - 1].length() > 1) {
                    Span.vote(votes, upper(w, span.end() - 1, span.end()), Span.PER);
                }
            }
        }
        if (votes.isEmpty()) {
            return;
        }
        for (int s = 0; s < sentences.size(); s++) {
            if (caps[s]) {
                copyNames(sentences.get(s), tags.get(s), votes);
            }
        }
    }

    private static void copyNames(String[] words, String[] tags, Map<String, int[]> votes) {
        boolean[] done = new boolean[words.length];
        for (int len = Math.min(MAX_NAME, words.length); len >= 1; len--) {
            for (int i = 0; i + len <= words.length; i++) {
                int[] v = votes.get(upper(words, i, i + len));
                if (v == null || anyDone(done, i, i + len) || !(Labels.untagged(tags, i, i + len)
                        || exactSpan(tags, i, i + len))) {
                    continue;
                }
                Labels.nameAlone(tags, i, i + len, Span.TYPES[Span.commonest(v)]);
                Arrays.fill(done, i, i + len, true);
            }
        }
    }

    /** A line of two words or more with letters, none of them with a lower-case letter. */
    static boolean isCapsLine(String[] words) {
        int withLetters = 0;
        for (String w : words) {
            boolean letters = false;
            for (int k = 0; k < w.length(); k++) {
                char c = w.charAt(k);
                if (Character.isLowerCase(c)) {
                    return false;
                }
                letters |= Character.isLetter(c);
            }
            if (letters) {
                withLetters++;
            }
        }
        return withLetters >= 2;
    }

    private static String upper(String[] words, int from, int to) {
        return Words.join(words, from, to).toUpperCase(Locale.ROOT);
    }

    private static boolean anyDone(boolean[] done, int from, int to) {
        for (int k = from; k < to; k++) {
            if (done[k]) {
                return true;
            }
        }
        return false;
    }

    // the words [from, to) are one predicted span, whatever its type
    private static boolean exactSpan(String[] tags, int from, int to) {
        return tags[from].startsWith("B-") && Labels.nameEnd(tags, from) == to;
    }
}
