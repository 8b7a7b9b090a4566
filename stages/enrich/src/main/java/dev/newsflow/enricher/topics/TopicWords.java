package dev.newsflow.enricher.topics;

import java.util.ArrayList;
import java.util.List;

/**
 * The split of a text into words that the lexicon and the learnt model share: runs of letters, digits, apostrophes
 * and hyphens. It gives exactly {@code text.split("[^\\p{L}\\p{N}'-]+")} (leading empty word included, trailing ones
 * dropped), by a scan of the text: the regex split was about a tenth of the enricher's CPU, run three times per
 * article over its whole body.
 */
final class TopicWords {

    private static final String[] NONE = new String[0];

    private TopicWords() {
    }

    /** The words of {@code text} as {@code text.split("[^\\p{L}\\p{N}'-]+")} gives them. */
    static String[] split(String text) {
        int n = text.length();
        List<String> out = null;
        int wordStart = 0;
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            if (isWordChar(cp)) {
                i += width;
                continue;
            }
            // a run of separators from i: the word before it ends here (String.split keeps a leading empty word
            // when the text starts with a separator)
            if (out == null) {
                out = new ArrayList<>();
            }
            out.add(text.substring(wordStart, i));
            i += width;
            while (i < n) {
                cp = text.codePointAt(i);
                if (isWordChar(cp)) {
                    break;
                }
                i += Character.charCount(cp);
            }
            wordStart = i;
        }
        if (out == null) {
            return new String[] {text};   // no separator: the text itself, as String.split gives it (even when empty)
        }
        out.add(text.substring(wordStart, n));
        int size = out.size();
        while (size > 0 && out.get(size - 1).isEmpty()) {
            size--;   // limit 0: trailing empty words are dropped
        }
        return size == 0 ? NONE : out.subList(0, size).toArray(NONE);
    }

    // [\p{L}\p{N}'-]: a letter (Lu, Ll, Lt, Lm, Lo), a number (Nd, Nl, No), an apostrophe or a hyphen
    private static boolean isWordChar(int cp) {
        if (cp < 128) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')
                    || cp == '\'' || cp == '-';
        }
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }
}
