package dev.newsflow.parser.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Readability's textSimilarity: how much of one text's wording another holds (a heading against the title). */
final class TextSimilarity {

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

    /**
     * The lower-cased text's runs of {@code [a-zA-Z0-9_]}: what splitting it at {@code \W+} keeps, without the regex
     * (this runs for every heading the content walk meets and for the confidence's title checks).
     */
    private static List<String> words(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < lower.length(); i++) {
            if (isWordChar(lower.charAt(i))) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                out.add(lower.substring(start, i));
                start = -1;
            }
        }
        if (start >= 0) {
            out.add(lower.substring(start));
        }
        return out;
    }

    /** Java's {@code \w} without the Unicode flag. */
    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }
}
