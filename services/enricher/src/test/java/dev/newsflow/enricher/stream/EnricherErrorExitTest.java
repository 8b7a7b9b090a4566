package dev.newsflow.enricher.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.enricher.ArticleEnricher;
import dev.newsflow.enricher.EnricherApplication;
import dev.newsflow.model.Article;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.Events;
import dev.newsflow.model.Topics;
import dev.newsflow.stream.StageUnderTest;
import dev.newsflow.stream.StoppedConsumerAutoConfiguration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ActiveProfiles;

/**
 * An {@link Error} (not an exception) out of the enrich function, against a real embedded broker: Spring Kafka stops
 * the consumer, and the service asks to exit so that its supervisor restarts it, rather than live on consuming
 * nothing. The exit is recorded here instead of ending the test's JVM.
 */
@SpringBootTest(classes = {EnricherApplication.class, EnricherErrorExitTest.OverflowingEnricherConfiguration.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(partitions = 1, topics = {Topics.ARTICLES_PARSED, Topics.ARTICLES_ENRICHED, Topics.ENRICHER_DLQ})
@ActiveProfiles("test")
class EnricherErrorExitTest {

    static final CompletableFuture<Integer> EXIT = new CompletableFuture<>();

    @RegisterExtension
    static final StageUnderTest enricher = new StageUnderTest(Topics.ARTICLES_PARSED, Topics.ARTICLES_ENRICHED,
            Topics.ENRICHER_DLQ);

    @Test
    @Timeout(90)
    void exitsWhenAnErrorStopsItsConsumer() throws Exception {
        Article article = new Article(Article.SCHEMA_VERSION, null, "https://news.example.com/overflow", null,
                "Example News", "overflow", null, List.of(), Instant.parse("2001-10-21T18:52:00Z"), null, List.of(),
                "en", "A body long enough to be an article, were it not for what it does to the enricher.", List.of(),
                List.of(), List.of(), Map.of(), 16, null);
        enricher.drop(article.id(), Events.toJson(article), Map.of());

        assertThat(EXIT.get(60, TimeUnit.SECONDS)).isEqualTo(StoppedConsumerAutoConfiguration.EXIT_CODE);
    }

    /** The real enricher, but a stack overflow on the article headed "overflow". */
    static class OverflowingEnricher extends ArticleEnricher {
        @Override
        public EnrichedArticle enrich(Article article) {
            if (article.headline().equals("overflow")) {
                throw new StackOverflowError("simulated: a pathological record");
            }
            return super.enrich(article);
        }
    }

    @TestConfiguration
    static class OverflowingEnricherConfiguration {
        @Bean
        @Primary
        ArticleEnricher overflowingEnricher() {
            return new OverflowingEnricher();
        }

        @Bean
        @Primary
        StoppedConsumerAutoConfiguration.ServiceExit recordedExit() {
            return EXIT::complete;
        }
    }
}
