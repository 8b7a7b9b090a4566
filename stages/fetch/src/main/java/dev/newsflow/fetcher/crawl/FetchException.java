package dev.newsflow.fetcher.crawl;

/** A fetch that was refused or failed, with a machine-readable code and a reason a person can act on. */
public final class FetchException extends Exception {

    private final String code;
    private final Integer status;
    private final String lastUrl;
    private final boolean retryable;

    public FetchException(String code, String reason, Integer status, String lastUrl, boolean retryable) {
        super(reason);
        this.code = code;
        this.status = status;
        this.lastUrl = lastUrl;
        this.retryable = retryable;
    }

    /** A refusal that retrying will not change (unsafe destination, not a page, too large...). */
    public static FetchException refused(String code, String reason, String lastUrl) {
        return new FetchException(code, reason, null, lastUrl, false);
    }

    /** e.g. {@code unsafe-destination}, {@code redirect-loop}, {@code not-a-page}, {@code too-large}, {@code timeout}. */
    public String code() {
        return code;
    }

    /** The HTTP status when there was one. */
    public Integer status() {
        return status;
    }

    /** The URL being fetched when it failed (after redirects). */
    public String lastUrl() {
        return lastUrl;
    }

    /** Whether a later attempt may succeed (timeouts, network errors). */
    public boolean retryable() {
        return retryable;
    }
}
