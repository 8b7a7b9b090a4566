package dev.newsflow.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.newsflow.model.Headers;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class DeadLetterTest {

    @Test
    void writesStageReasonReasonCodeAndOriginalTopicHeaders() {
        RecordHeaders headers = new DeadLetter("indexer", "es-mapper-parsing-exception", "bad date",
                "news.articles.enriched").headers();

        Map<String, String> written = new LinkedHashMap<>();
        headers.forEach(h -> written.put(h.key(), new String(h.value(), StandardCharsets.UTF_8)));
        assertThat(written).containsExactly(entry("newsflow-dlq-stage", "indexer"),
                entry("newsflow-dlq-reason", "bad date"),
                entry("newsflow-dlq-reason-code", "es-mapper-parsing-exception"),
                entry("newsflow-dlq-original-topic", "news.articles.enriched"));
    }

    @Test
    void keepsTheOriginalHeadersAndReplacesEarlierDeadLetterHeaders() {
        RecordHeaders original = new RecordHeaders();
        original.add(Headers.SOURCE, bytes("fetcher"));
        original.add(Headers.DLQ_STAGE, bytes("parser"));
        original.add(Headers.DLQ_REASON, bytes("an earlier failure"));

        new DeadLetter("enricher", DeadLetter.MALFORMED_EVENT, "not an Article", "news.articles.parsed")
                .writeTo(original);

        assertThat(text(original, Headers.SOURCE)).isEqualTo("fetcher");
        assertThat(original.headers(Headers.DLQ_STAGE)).singleElement()
                .satisfies(h -> assertThat(new String(h.value(), StandardCharsets.UTF_8)).isEqualTo("enricher"));
        assertThat(original.headers(Headers.DLQ_REASON)).hasSize(1);
        assertThat(text(original, Headers.DLQ_REASON_CODE)).isEqualTo("malformed-event");
    }

    @Test
    void cutsReasonsLongerThanAThousandCharactersAndSaysSo() {
        DeadLetter letter = new DeadLetter("parser", "x", "y".repeat(50_000), "t");

        assertThat(letter.reason()).hasSize(DeadLetter.MAX_REASON_CHARS + 1).startsWith("yyy").endsWith("y…");
        assertThat(text(letter.headers(), Headers.DLQ_REASON)).isEqualTo(letter.reason());
    }

    @Test
    void leavesReasonsOfAThousandCharactersWhole() {
        String reason = "z".repeat(DeadLetter.MAX_REASON_CHARS);

        assertThat(DeadLetter.truncate(reason)).isEqualTo(reason);
    }

    @Test
    void neverCutsACharacterInHalf() {
        String reason = "a".repeat(DeadLetter.MAX_REASON_CHARS - 1) + "😀" + "tail";

        assertThat(DeadLetter.truncate(reason)).isEqualTo("a".repeat(DeadLetter.MAX_REASON_CHARS - 1) + "…");
    }

    private static String text(org.apache.kafka.common.header.Headers headers, String name) {
        return new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
