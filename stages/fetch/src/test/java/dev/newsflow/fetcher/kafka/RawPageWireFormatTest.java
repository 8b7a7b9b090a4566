package dev.newsflow.fetcher.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.model.Events;
import dev.newsflow.model.GoldenSamples;
import dev.newsflow.model.RawPage;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The fetcher's record values hold to the golden raw-page sample that every stage is tested against. */
class RawPageWireFormatTest {

    @Test
    void writesTheGoldenRawPageSampleFieldForField() {
        byte[] golden = GoldenSamples.bytes("raw-page");
        RawPage page = Events.fromJson(golden, RawPage.class);

        JsonNode written = Events.mapper().readTree(KafkaPagePublisher.serialise(page));

        assertThat(written).isEqualTo(Events.mapper().readTree(golden));
        assertThat(written.get("fetchedAt").asString()).isEqualTo("2001-10-21T19:00:00Z");
    }
}
