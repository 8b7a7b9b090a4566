package dev.newsflow.parser.extract;

import java.time.Instant;

/** Public face of the extractor's date reading, for the evaluation tools: the instant a date string denotes. */
public final class Dates {

    private Dates() {
    }

    /** ISO 8601, RFC 1123 or an English prose date; null when the text is not a date. */
    public static Instant parse(String text) {
        return DateParsing.parse(text);
    }
}
