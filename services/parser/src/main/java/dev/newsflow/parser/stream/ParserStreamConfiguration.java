package dev.newsflow.parser.stream;

import dev.newsflow.parser.extract.ArticleExtractor;
import dev.newsflow.parser.extract.ExtractionException;
import dev.newsflow.messaging.PipelineMeters;
import dev.newsflow.stream.DeadLetterPolicy;
import dev.newsflow.stream.MeteredFunction;
import java.util.function.Function;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Binds {@link ParseFunction} as {@code parse} and declares what the parser dead-letters at once. */
@Configuration(proxyBeanMethods = false)
public class ParserStreamConfiguration {

    @Bean
    ArticleExtractor articleExtractor() {
        return new ArticleExtractor();
    }

    /** Bindings {@code parse-in-0} / {@code parse-out-0}; topics, group and DLQ are in application.yml. */
    @Bean
    Function<Message<byte[]>, Message<byte[]>> parse(ArticleExtractor articleExtractor, PipelineMeters meters) {
        return new MeteredFunction(meters,
                new ParseFunction(articleExtractor, new ExtractionFillMeter(meters.registry())));
    }

    /** Pages that cannot become articles are data, not outages: no retry, straight to news.dlq.parser. */
    @Bean
    DeadLetterPolicy deadLetterPolicy() {
        return DeadLetterPolicy.forStage("parser")
                .contentError(ExtractionException.class, ExtractionException::reasonCode);
    }
}
