package dev.newsflow.enricher.stream;

import dev.newsflow.enricher.ArticleEnricher;
import dev.newsflow.model.Article;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.Events;
import dev.newsflow.model.LanguageTags;
import dev.newsflow.model.SkippedStep;
import dev.newsflow.stream.EventMessages;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.messaging.Message;

/**
 * The {@code enrich} binding: an article from news.articles.parsed becomes an enriched article keyed by the
 * same article id. A record that is not an Article throws {@code MalformedEventException} and is dead-lettered.
 * Steps the enricher skips (an article in a language its models do not read) are counted by step and language
 * ({@value #SKIPPED}), so an operator sees how much of a feed goes without entities.
 */
public final class EnrichFunction implements Function<Message<byte[]>, Message<byte[]>> {

    /** Counter of enrichment steps not run, tagged {@code step} and {@code language}. */
    static final String SKIPPED = "newsflow.enricher.skipped";
    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}");

    private final ArticleEnricher enricher;
    private final MeterRegistry registry;

    public EnrichFunction(ArticleEnricher enricher, MeterRegistry registry) {
        this.enricher = enricher;
        this.registry = registry;
    }

    @Override
    public Message<byte[]> apply(Message<byte[]> record) {
        Article article = Events.fromJson(EventMessages.payloadBytes(record), Article.class);
        EnrichedArticle enriched = enricher.enrich(article);
        for (SkippedStep skipped : enriched.skipped()) {
            Counter.builder(SKIPPED).description("Enrichment steps not run, by step and the article's language")
                    .tag("step", skipped.step()).tag("language", languageTag(article.language()))
                    .register(registry).increment();
        }
        return EventMessages.keyed(enriched.id(), enriched);
    }

    /** The language as a tag of bounded cardinality: an ISO 639 code, else {@code other} (a producer's free text). */
    private static String languageTag(String language) {
        String primary = LanguageTags.primarySubtag(language);
        return primary != null && LANGUAGE_CODE.matcher(primary).matches() ? primary : "other";
    }
}
