package dev.newsflow.parser.extract;

/**
 * How far an extraction can be trusted, 0 to 1: the mean of five signals, each 0 to 1, measured on what the extractor
 * has in hand, never on a reference. Text density: the chosen block's text is prose, not links. Length: an article
 * has some 150 words or more. Structure: several paragraphs, found by the strict first pass rather than a fallback.
 * Prose: the body's text sits in lines that read as sentences (8 words or more, ending in sentence punctuation), not
 * in the short unpunctuated lines of teasers, share bars, credits, tags and menus, nor in the fragments an extraction
 * that lost most of the article leaves. Agreement: the metadata sources agree with each other and with the text (the
 * headline with the page's title or {@code <h1>}, the description with the opening of the body); a page with nothing
 * to compare gets one half there, neither trusted nor doubted.
 *
 * <p>The weights are equal and the constants hand-set on purpose. A logistic regression over these signals and others
 * (share of the chosen block the cleaning removed, body against the page's HTML size, date and byline found), fitted
 * by leave-one-site-out on the dev pages and the stress pages' tune half, ranked the pages below body F1 0.9 worse
 * under that cross-validation (ROC AUC 0.74 to 0.80 against this mean's 0.88); the fits that did better below 0.95
 * (0.62 to 0.72 against 0.53, all through the removed share, which also marks junk rightly removed) fell to 0.38 to
 * 0.52 on the check half, where this mean has 0.67. Adding the prose signal to the four earlier ones
 * took the ROC AUC for body F1 below 0.9 from 0.76 to 0.88 on the dev pages plus the tune half (and for F1 below
 * 0.95 on the check half from 0.55 to 0.67): {@code stages/extract/bench/confidence-pools.sh} prints the figures.
 * The confidence flags gross failures rather than a stray paragraph of junk: few pages fall below the drift report's
 * 0.5, and a promo or author bio written as prose leaves every signal untouched.
 */
final class ExtractionConfidence {

    /** Words from which the length signal is full. */
    private static final int FULL_LENGTH_WORDS = 150;
    /** Paragraphs from which the structure signal is full. */
    private static final int FULL_PARAGRAPHS = 3;
    /** How much of the body's opening the description is compared with. */
    private static final int OPENING_CHARS = 1500;
    /** Words from which a line is long enough to be a sentence rather than a label, a teaser or a menu item. */
    private static final int SENTENCE_WORDS = 8;
    /** Characters a sentence ends with: its punctuation, or a closing quote or bracket after it. */
    private static final String SENTENCE_ENDS = ".!?…。！？:;\"'”’»)]";

    private ExtractionConfidence() {
    }

    /**
     * @param linkDensity    share of the chosen block's text inside links (0 for a text page)
     * @param pass           the content finder's pass that found it: 0 strict, 1 and 2 fallbacks
     * @param titles         the page's own titles to check the headline against ({@code <title>}, {@code <h1>}); none
     *                       for a text page
     */
    static double of(String body, int words, double linkDensity, int pass, String headline, String description,
                     String... titles) {
        return of(body, body, words, linkDensity, pass, headline, description, titles);
    }

    /**
     * As {@link #of(String, int, double, int, String, String, String...)}, the description checked against {@code shown}:
     * the body with what the page shows above it and the rules took out of it (a standfirst, which the description
     * often repeats).
     */
    static double of(String body, String shown, int words, double linkDensity, int pass, String headline,
                     String description, String... titles) {
        double density = clamp(1 - 2 * linkDensity);
        double length = Math.min(1, (double) words / FULL_LENGTH_WORDS);
        int paragraphs = paragraphs(body);
        double structure = Math.min(1, (double) paragraphs / FULL_PARAGRAPHS) * (1 - 0.2 * pass);
        // half the text in sentence-like lines or less reads as a list of labels: nothing; all of it: full
        double prose = clamp(2 * proseShare(body) - 1);
        double agreement = agreement(shown, headline, description, titles);
        return Math.round(100 * (density + length + structure + prose + agreement) / 5) / 100.0;
    }

    /**
     * Share of the body's text (by characters, lines stripped) in lines of {@link #SENTENCE_WORDS} words or more that
     * end in sentence punctuation. A word is a run of letters and digits, and each Chinese or Japanese character
     * counts as one, since those languages put no spaces between words (a Chinese sentence would otherwise be one word).
     */
    static double proseShare(String body) {
        int total = 0;
        int prose = 0;
        int lineStart = 0;
        while (lineStart <= body.length()) {
            int lineEnd = body.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = body.length();
            }
            int start = lineStart;
            int end = lineEnd;
            while (start < end && Character.isWhitespace(body.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(body.charAt(end - 1))) {
                end--;
            }
            if (end > start) {
                total += end - start;
                if (SENTENCE_ENDS.indexOf(body.charAt(end - 1)) >= 0 && hasWords(body, start, end, SENTENCE_WORDS)) {
                    prose += end - start;
                }
            }
            lineStart = lineEnd + 1;
        }
        return total == 0 ? 0 : (double) prose / total;
    }

    /**
     * Whether {@code s[start, end)} holds {@code wanted} words or more, each Chinese or Japanese character one word (see
     * {@link #proseShare}); stops counting there, so a long paragraph costs no more than its first words.
     */
    private static boolean hasWords(String s, int start, int end, int wanted) {
        int words = 0;
        boolean inWord = false;
        for (int i = start; i < end && words < wanted; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (isCjk(cp)) {
                words++;
                inWord = false;
            } else if (ArticleDraft.isLetterOrDigit(cp)) { // Character.isLetterOrDigit, by a table
                if (!inWord) {
                    words++;
                }
                inWord = true;
            } else {
                inWord = false;
            }
        }
        return words >= wanted;
    }

    private static boolean isCjk(int cp) {
        if (cp < 0x3040) {
            // below the kana: the common case, answered without a script lookup
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    /** The mean of the checks that can be made: headline against the page's titles, description against the text. */
    private static double agreement(String body, String headline, String description, String... titles) {
        double sum = 0;
        int checks = 0;
        if (headline != null && titles.length > 0) {
            double best = 0;
            for (String t : titles) {
                if (t != null && !t.isBlank()) {
                    best = Math.max(best, Math.max(TextSimilarity.of(t, headline), TextSimilarity.of(headline, t)));
                }
            }
            sum += best;
            checks++;
        }
        if (description != null && !description.isBlank()) {
            String opening = body.length() > OPENING_CHARS ? body.substring(0, OPENING_CHARS) : body;
            sum += TextSimilarity.of(opening, description);
            checks++;
        }
        // nothing to compare: neither trusted nor doubted
        return checks == 0 ? 0.5 : sum / checks;
    }

    /** Blocks of the body: runs of text between blank lines (the renderer writes "\n\n" between paragraphs). */
    private static int paragraphs(String body) {
        if (body.isBlank()) {
            return 0;
        }
        int n = 1;
        for (int i = body.indexOf("\n\n"); i >= 0; i = body.indexOf("\n\n", i + 2)) {
            n++;
        }
        return n;
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
