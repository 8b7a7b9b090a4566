package dev.newsflow.indexer;

import dev.newsflow.model.Article;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.Entity;
import dev.newsflow.model.EntityType;
import dev.newsflow.model.Image;
import dev.newsflow.model.TopicScore;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Enriched articles for tests: one per URL, with the revision given by its modification time. */
final class Articles {

    private Articles() {
    }

    /** An article at {@code url} whose revision is {@code modifiedAt}. */
    static EnrichedArticle enriched(String url, String headline, Instant modifiedAt) {
        return enriched(url, headline, Instant.parse("2024-03-01T08:00:00Z"), modifiedAt);
    }

    static EnrichedArticle enriched(String url, String headline, Instant publishedAt, Instant modifiedAt) {
        return enriched(url, headline, publishedAt, modifiedAt,
                "Vladimir Putin met Olaf Scholz in Berlin on Tuesday.\n\nThe Kremlin said the talks were useful.");
    }

    /** An article at {@code url} with {@code body}. */
    static EnrichedArticle enriched(String url, String headline, Instant publishedAt, Instant modifiedAt, String body) {
        Article article = new Article(0, null, url, null, "Example News", headline, "A standfirst.",
                List.of("Jane Reporter"), publishedAt, modifiedAt, List.of("World", "Europe"), "en", body,
                List.of(new Image(url + "/a.jpg", "Putin and Scholz", "The leaders in Berlin")), List.of(), List.of(),
                Map.of(), 16, Instant.parse("2024-03-01T09:00:00Z"));
        List<Entity> entities = List.of(
                new Entity("Vladimir Putin", EntityType.PERSON, 2, List.of("Vladimir Putin", "Putin"), 0, 0.9),
                new Entity("Olaf Scholz", EntityType.PERSON, 1, null, 20, 0.6),
                new Entity("Kremlin", EntityType.ORGANIZATION, 1, null, 60, 0.4),
                new Entity("Berlin", EntityType.LOCATION, 1, null, 35, 0.3));
        return new EnrichedArticle(0, article, entities, List.of("world", "world/europe"),
                List.of(new TopicScore("medtop:11000000", "politics", "politics", 0.8)),
                Instant.parse("2024-03-01T09:00:01Z"));
    }
}
