package dev.newsflow.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

class StageStartupExceptionTest {

    @Test
    void turnsLoaderFailureIntoDescriptionAndAction() {
        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> StageStartupException.require(
                "the enricher's models", "Rebuild the enricher module.", () -> {
                    throw new IllegalStateException("ner model missing from classpath");
                }));

        assertThat(failure).isInstanceOf(StageStartupException.class)
                .hasMessage("Could not load the enricher's models: IllegalStateException: ner model missing from classpath");
        FailureAnalysis analysis = new StageStartupFailureAnalyzer().analyze(new RuntimeException("context", failure));
        assertThat(analysis.getDescription()).contains("ner model missing from classpath");
        assertThat(analysis.getAction()).isEqualTo("Rebuild the enricher module.");
    }

    @Test
    void refusesNullComponent() {
        assertThatThrownBy(() -> StageStartupException.require("x", "y", () -> null))
                .isInstanceOf(StageStartupException.class).hasMessageContaining("returned null");
    }

    @Test
    void returnsWhatTheLoaderBuilt() {
        assertThat(StageStartupException.require("x", "y", () -> "model")).isEqualTo("model");
    }
}
