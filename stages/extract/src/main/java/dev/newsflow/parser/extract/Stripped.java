package dev.newsflow.parser.extract;

/**
 * A short text's stripped form, found without a copy: the label and time-stamp checks run on every text node of the
 * content, and nearly all of those are prose, which its length rules out before any string is built or matched.
 */
final class Stripped {

    private Stripped() {
    }

    /**
     * The text without its leading and trailing whitespace (as {@link String#strip()}), or null when that is empty or
     * longer than {@code max} characters.
     */
    static CharSequence within(String text, int max) {
        int start = 0;
        int end = text.length();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end > start && end - start <= max ? text.subSequence(start, end) : null;
    }
}
