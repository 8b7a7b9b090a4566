package dev.newsflow.enricher.stream;

import dev.newsflow.enricher.ArticleEnricher;
import dev.newsflow.enricher.EntityAliases;
import dev.newsflow.messaging.PipelineMeters;
import dev.newsflow.model.Topics;
import dev.newsflow.stream.BatchedStage;
import dev.newsflow.stream.DeadLetterPolicy;
import dev.newsflow.stream.MeteredFunction;
import dev.newsflow.stream.StageOutput;
import dev.newsflow.stream.StageStartupException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Binds {@link EnrichFunction} as {@code enrich}, with the enricher's models loaded once at startup. */
@Configuration(proxyBeanMethods = false)
public class EnricherStreamConfiguration {

    /** The short names learnt from this enricher's own output, kept in a file so that a restart keeps them. */
    @Bean(destroyMethod = "close")
    EntityAliases entityAliases(@Value("${newsflow.enricher.aliases-file}") String file) {
        return StageStartupException.require("the entity alias table " + file,
                "Check that the directory is writable (ENRICHER_ALIASES_FILE), or move a damaged file aside.",
                () -> EntityAliases.persistentAt(Path.of(file)));
    }

    /** Loaded once; if the models cannot be loaded the service refuses to start and says why. */
    @Bean
    ArticleEnricher articleEnricher(EntityAliases entityAliases) {
        return StageStartupException.require("the enricher's models (ArticleEnricher)",
                "Check that the enricher was built completely (its models are bundled in the jar) and that the "
                        + "JVM has enough heap; run 'newsflow enrich FILE' to reproduce without Kafka.",
                () -> new ArticleEnricher(entityAliases));
    }

    /** The enriched articles' writer to news.articles.enriched, with the service's {@code spring.kafka.*} connection. */
    @Bean(destroyMethod = "close")
    StageOutput enrichedArticles(ObjectProvider<KafkaProperties> kafkaProperties) {
        return StageOutput.to(Topics.ARTICLES_ENRICHED,
                kafkaProperties.getIfAvailable(KafkaProperties::new).buildProducerProperties(), "enricher-out");
    }

    /**
     * Binding {@code enrich-in-0} in batch mode (topic, group and DLQ in application.yml): each record of a poll is
     * enriched and metered on its own, the poll's outputs are sent together and acknowledged before its offsets are
     * committed ({@link BatchedStage}).
     */
    @Bean
    Consumer<Message<List<byte[]>>> enrich(ArticleEnricher articleEnricher, PipelineMeters meters,
                                           StageOutput enrichedArticles) {
        return new BatchedStage(new MeteredFunction(meters, new EnrichFunction(articleEnricher, meters.registry())),
                enrichedArticles);
    }

    /** Records that are not articles are data problems: straight to news.dlq.enricher, never retried. */
    @Bean
    DeadLetterPolicy deadLetterPolicy() {
        return DeadLetterPolicy.forStage("enricher");
    }
}
