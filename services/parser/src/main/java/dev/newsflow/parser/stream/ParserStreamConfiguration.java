package dev.newsflow.parser.stream;

import dev.newsflow.parser.extract.ArticleExtractor;
import dev.newsflow.parser.extract.ExtractionException;
import dev.newsflow.parser.extract.ExtractionLimits;
import dev.newsflow.parser.extract.PrecisionSettings;
import dev.newsflow.messaging.PipelineMeters;
import dev.newsflow.model.Topics;
import dev.newsflow.stream.BatchedStage;
import dev.newsflow.stream.DeadLetterPolicy;
import dev.newsflow.stream.MeteredFunction;
import dev.newsflow.stream.StageOutput;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Binds {@link ParseFunction} as {@code parse} and declares what the parser dead-letters at once. */
@Configuration(proxyBeanMethods = false)
public class ParserStreamConfiguration {

    /**
     * The extractor, with the precision rules' setting of {@code newsflow.parser.precision} (PARSER_PRECISION:
     * {@code defaults}, {@code strict} or {@code off}; a wrong name stops the service at startup, saying which exist).
     */
    @Bean
    ArticleExtractor articleExtractor(@Value("${newsflow.parser.precision:defaults}") String precision) {
        return new ArticleExtractor(ExtractionLimits.DEFAULTS, PrecisionSettings.named(precision));
    }

    /** The articles' writer to news.articles.parsed, with the service's {@code spring.kafka.*} connection. */
    @Bean(destroyMethod = "close")
    StageOutput parsedArticles(ObjectProvider<KafkaProperties> kafkaProperties) {
        return StageOutput.to(Topics.ARTICLES_PARSED,
                kafkaProperties.getIfAvailable(KafkaProperties::new).buildProducerProperties(), "parser-out");
    }

    /**
     * Binding {@code parse-in-0} in batch mode (topic, group and DLQ in application.yml): each record of a poll is
     * parsed and metered on its own, the poll's articles are sent together and acknowledged before its offsets are
     * committed ({@link BatchedStage}).
     */
    @Bean
    Consumer<Message<List<byte[]>>> parse(ArticleExtractor articleExtractor, PipelineMeters meters,
                                          StageOutput parsedArticles) {
        return new BatchedStage(new MeteredFunction(meters,
                new ParseFunction(articleExtractor, new ExtractionFillMeter(meters.registry()))), parsedArticles);
    }

    /** Pages that cannot become articles are data, not outages: no retry, straight to news.dlq.parser. */
    @Bean
    DeadLetterPolicy deadLetterPolicy() {
        return DeadLetterPolicy.forStage("parser")
                .contentError(ExtractionException.class, ExtractionException::reasonCode);
    }
}
