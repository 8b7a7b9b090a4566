package dev.newsflow.articles.search;

/** A search parameter a reader got wrong (HTTP 400): names the parameter and says what is expected. */
public class InvalidQueryException extends IllegalArgumentException {

    private final String parameter;

    public InvalidQueryException(String parameter, String problem) {
        super(parameter + ": " + problem);
        this.parameter = parameter;
    }

    /** The name of the offending request parameter. */
    public String parameter() {
        return parameter;
    }
}
