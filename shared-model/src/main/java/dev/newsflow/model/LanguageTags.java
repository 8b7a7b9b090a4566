package dev.newsflow.model;

import java.util.Locale;

/** Language tags as pages and producers write them ({@code en-GB}, {@code EN_us}, {@code -}). */
public final class LanguageTags {

    private LanguageTags() {
    }

    /**
     * The tag's first subtag, lower-cased ({@code en} of {@code en-GB} or {@code EN_us}), or null when there is none
     * ({@code null}, blank, or a tag that starts with its separator, such as {@code lang="-"}).
     */
    public static String primarySubtag(String tag) {
        if (tag == null) {
            return null;
        }
        String t = tag.strip();
        int end = 0;
        while (end < t.length() && t.charAt(end) != '-' && t.charAt(end) != '_') {
            end++;
        }
        return end == 0 ? null : t.substring(0, end).toLowerCase(Locale.ROOT);
    }
}
