package dev.newsflow.fetcher.api;

/** A request a person has to fix; answered 400 with the message and a hint. */
public final class BadRequestException extends RuntimeException {

    private final String hint;

    public BadRequestException(String message, String hint) {
        super(message);
        this.hint = hint;
    }

    public String hint() {
        return hint;
    }
}
