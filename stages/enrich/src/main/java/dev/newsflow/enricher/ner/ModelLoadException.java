package dev.newsflow.enricher.ner;

/** The tagger's model or lists could not be loaded: the enricher must not run without them. */
public class ModelLoadException extends RuntimeException {
    public ModelLoadException(String message) {
        super(message);
    }

    public ModelLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
