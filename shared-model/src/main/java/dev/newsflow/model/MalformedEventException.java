package dev.newsflow.model;

/** A record on a topic is not a valid event of the topic's type; the message says why. */
public class MalformedEventException extends RuntimeException {
    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
