package dev.newsflow.parser.extract;

/**
 * A page that cannot become an article. A content problem, not an infrastructure one: it is never retried,
 * it goes to the parser's dead-letter topic with {@link #reasonCode()} and the message as the reason.
 */
public class ExtractionException extends RuntimeException {

    private final String reasonCode;

    /**
     * @param reasonCode short machine-readable reason, e.g. {@code not-an-article}, {@code empty-body},
     *                   {@code too-large}, {@code binary}, {@code too-deep}, {@code timeout},
     *                   {@code extractor-failure}
     * @param message    what is wrong, in words a person can act on
     */
    public ExtractionException(String reasonCode, String message) {
        super(message);
        this.reasonCode = reasonCode;
    }

    /** As {@link #ExtractionException(String, String)}, with the failure that caused it. */
    public ExtractionException(String reasonCode, String message, Throwable cause) {
        super(message, cause);
        this.reasonCode = reasonCode;
    }

    /** Short machine-readable reason, e.g. {@code not-an-article}. */
    public String reasonCode() {
        return reasonCode;
    }
}
