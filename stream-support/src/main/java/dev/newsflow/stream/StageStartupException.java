package dev.newsflow.stream;

/**
 * A stream service cannot start because something it needs (models, configuration) is unusable; Spring Boot
 * reports it through {@link StageStartupFailureAnalyzer} as a description and an action instead of a stack trace.
 */
public class StageStartupException extends RuntimeException {

    private final String action;

    /**
     * @param description what could not be loaded and why
     * @param action      what the operator should do about it
     * @param cause       the underlying failure
     */
    public StageStartupException(String description, String action, Throwable cause) {
        super(description, cause);
        this.action = action;
    }

    /** What the operator should do about it. */
    public String action() {
        return action;
    }

    /**
     * Builds a component the stage cannot run without, turning a failure into a clear startup error.
     *
     * @param what   the component in words, e.g. {@code "the enricher's models (ArticleEnricher)"}
     * @param action what to check when it fails
     * @param loader builds it
     */
    public static <T> T require(String what, String action, java.util.function.Supplier<T> loader) {
        try {
            T component = loader.get();
            if (component == null) {
                throw new IllegalStateException("the loader returned null");
            }
            return component;
        } catch (RuntimeException | LinkageError e) {
            // LinkageError too: a model class failing its static initialiser is a load failure like any other.
            String detail = e.getMessage() == null ? e.getClass().getName() : e.getClass().getSimpleName() + ": "
                    + e.getMessage();
            throw new StageStartupException("Could not load " + what + ": " + detail, action, e);
        }
    }
}
