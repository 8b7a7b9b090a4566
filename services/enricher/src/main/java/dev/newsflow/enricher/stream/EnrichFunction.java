package dev.newsflow.enricher.stream;

import dev.newsflow.enricher.ArticleEnricher;
import dev.newsflow.model.Article;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.Events;
import dev.newsflow.stream.EventMessages;
import java.util.function.Function;
import org.springframework.messaging.Message;

/**
 * The {@code enrich} binding: an article from news.articles.parsed becomes an enriched article keyed by the
 * same article id. A record that is not an Article throws {@code MalformedEventException} and is dead-lettered.
 */
public final class EnrichFunction implements Function<Message<byte[]>, Message<byte[]>> {

    private final ArticleEnricher enricher;

    public EnrichFunction(ArticleEnricher enricher) {
        this.enricher = enricher;
    }

    @Override
    public Message<byte[]> apply(Message<byte[]> record) {
        Article article = Events.fromJson(EventMessages.payloadBytes(record), Article.class);
        EnrichedArticle enriched = enricher.enrich(article);
        return EventMessages.keyed(enriched.id(), enriched);
    }
}
