package dev.newsflow.stream;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints a {@link StageStartupException} as Spring Boot's "APPLICATION FAILED TO START" description and action. */
public class StageStartupFailureAnalyzer extends AbstractFailureAnalyzer<StageStartupException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, StageStartupException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
