package dev.newsflow.parser.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Readability's textSimilarity: how much of one text's wording another holds (a heading against the title). */
final class TextSimilarity {

    private static final Pattern NON_WORD = Pattern.compile("\\W+");

    private TextSimilarity() {
    }

    /** Share of the second text's words (by length) that also occur in the first. */
    static double of(String a, String b) {
        Set<String> ta = Set.copyOf(words(a));
        List<String> tb = words(b);
        if (ta.isEmpty() || tb.isEmpty()) {
            return 0;
        }
        int uniqLen = 0;
        int totalLen = 0;
        for (String w : tb) {
            totalLen += w.length() + 1;
            if (!ta.contains(w)) {
                uniqLen += w.length() + 1;
            }
        }
        return 1 - (double) uniqLen / totalLen;
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : NON_WORD.split(s.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
