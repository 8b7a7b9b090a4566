package dev.newsflow.parser.extract;

/**
 * How far an extraction can be trusted, 0 to 1: the mean of four signals, each 0 to 1, measured on what the extractor
 * has in hand, never on a reference. Text density: the chosen block's text is prose, not links. Length: an article
 * has some 150 words or more. Structure: several paragraphs, found by the strict first pass rather than a fallback.
 * Agreement: the metadata sources agree with each other and with the text (the headline with the page's title or
 * {@code <h1>}, the description with the opening of the body). The weights are equal on purpose: no page set chose
 * them; {@code eval score-extract} prints how the figure correlates with each page's body F1.
 */
final class ExtractionConfidence {

    /** Words from which the length signal is full. */
    private static final int FULL_LENGTH_WORDS = 150;
    /** Paragraphs from which the structure signal is full. */
    private static final int FULL_PARAGRAPHS = 3;
    /** How much of the body's opening the description is compared with. */
    private static final int OPENING_CHARS = 1500;

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
        double density = clamp(1 - 2 * linkDensity);
        double length = Math.min(1, (double) words / FULL_LENGTH_WORDS);
        int paragraphs = paragraphs(body);
        double structure = Math.min(1, (double) paragraphs / FULL_PARAGRAPHS) * (1 - 0.2 * pass);
        double agreement = agreement(body, headline, description, titles);
        return Math.round(100 * (density + length + structure + agreement) / 4) / 100.0;
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
