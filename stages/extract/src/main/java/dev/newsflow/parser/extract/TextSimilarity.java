package dev.newsflow.parser.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Readability's textSimilarity: how much of one text's wording another holds (a heading against the title). */
final class TextSimilarity {

    private TextSimilarity() {
    }

    /** Share of the second text's words (by length) that also occur in the first. */
    static double of(String a, String b) {
        Set<String> ta = new HashSet<>(words(a));
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
     * The lower-cased text's runs of word characters: what splitting it at {@code \W+} leaves besides empty strings,
     * found by one scan instead of the regex (the confidence compares a description with the body's opening this way).
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

    /** A character of {@code \w} (ASCII: the regex's default, without {@code UNICODE_CHARACTER_CLASS}). */
    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }
}
