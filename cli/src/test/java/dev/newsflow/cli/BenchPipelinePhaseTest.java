package dev.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.newsflow.cli.BenchPipelineCommand.Drop;
import dev.newsflow.cli.BenchPipelineCommand.Phase;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The arithmetic of one phase of {@code bench pipeline} (warm-up or measured run), without a broker. */
class BenchPipelinePhaseTest {

    private static final List<Drop> TWO_PAGES = List.of(new Drop("https://a.example/1", null, new byte[10]),
            new Drop("https://a.example/2", null, new byte[10]));

    @Test
    void cpuPerPageIsWhatEachProcessSpentDuringThePhaseOverItsPages() {
        Phase phase = phase(Map.of("a", List.of(1_100L), "b", List.of(1_300L)), 0);

        assertThat(phase.cpuMsPerPage("kafka")).isCloseTo(5.0, within(1e-9));          // 10 ms over 2 pages
        assertThat(phase.cpuMsPerPage("parser")).isCloseTo(20.0, within(1e-9));         // 40 ms, started at 0
        assertThat(phase.cpuMsPerPage(null)).isCloseTo(25.0, within(1e-9));
        assertThat(phase.cpuMsPerPage("search")).isZero();                              // not measured
    }

    @Test
    void secondsRunFromTheFirstDropToTheLastPagesFirstNotice() {
        Phase phase = phase(Map.of("a", List.of(1_100L), "b", List.of(1_300L, 1_900L)), 0);

        assertThat(phase.seconds()).isCloseTo(0.3, within(1e-9));
    }

    @Test
    void aPhaseIsCompleteOnlyWhenEveryPageWasNoticedOnceAndEverySendWent() {
        assertThat(phase(Map.of("a", List.of(1_100L), "b", List.of(1_300L)), 0).complete()).isTrue();
        assertThat(phase(Map.of("a", List.of(1_100L)), 0).complete()).as("a page lost").isFalse();
        assertThat(phase(Map.of("a", List.of(1_100L), "b", List.of(1_300L, 1_400L)), 0).complete())
                .as("a page indexed twice").isFalse();
        assertThat(phase(Map.of("a", List.of(1_100L), "b", List.of(1_300L)), 1).complete()).as("a send failed")
                .isFalse();
    }

    /** Two pages "a" and "b" dropped at 1,000 ms, with these notices; Kafka spent 10 ms and the parser 40. */
    private static Phase phase(Map<String, List<Long>> noticedAt, int failedSends) {
        return new Phase(TWO_PAGES, Map.of("a", 1_000L, "b", 1_000L), noticedAt, List.of(),
                Map.of("kafka", Duration.ofMillis(100)),
                Map.of("kafka", Duration.ofMillis(110), "parser", Duration.ofMillis(40)), 1_000L, failedSends);
    }
}
