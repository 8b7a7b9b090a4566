package dev.newsflow.articles.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import dev.newsflow.articles.ArticleFields;
import dev.newsflow.articles.ArticleIndex;

/**
 * Three sites' articles, indexed relative to a given "now" through the indexer's template (shared with the search
 * service's tests): Broken Bylines (60 baseline articles all with an author, 30 in the last day of which 3 have one),
 * Steady Times (90 % with an author in both windows), Tiny Gazette (3 with an author, then 2 without), and one
 * Broken Bylines article older than both windows. The newest two were indexed 5 and 10 minutes before "now".
 */
public final class DriftArticles {

    public static final String BROKEN = "Broken Bylines";
    public static final String STEADY = "Steady Times";
    public static final String TINY = "Tiny Gazette";

    private DriftArticles() {
    }

    /** Creates {@code alias} through the indexer's template, indexes the articles, refreshes; returns the concrete index. */
    public static String install(ElasticsearchClient client, String alias, Instant now) {
        try {
            String concrete = new ArticleIndex(client, alias).ensure();
            BulkRequest.Builder bulk = new BulkRequest.Builder().index(alias).refresh(Refresh.True);
            documents(now).forEach(d -> bulk.operations(o -> o.index(ix -> ix.id((String) d.get(ArticleFields.ID))
                    .document(d))));
            BulkResponse response = client.bulk(bulk.build());
            assertThat(response.errors()).as("%s", response.items().stream().filter(i -> i.error() != null).toList())
                    .isFalse();
            return concrete;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Map<String, Object>> documents(Instant now) {
        List<Map<String, Object>> docs = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            docs.add(doc("broken-" + i, BROKEN, now.minus(Duration.ofHours(30 + i * 2)), true, 0.9));
        }
        for (int i = 0; i < 30; i++) {
            docs.add(doc("broken-new-" + i, BROKEN, now.minus(Duration.ofMinutes(10 + i * 40)), i % 10 == 0, 0.85));
        }
        for (int i = 0; i < 60; i++) {
            docs.add(doc("steady-" + i, STEADY, now.minus(Duration.ofHours(30 + i * 2)), i % 10 != 0, 0.9));
        }
        for (int i = 0; i < 30; i++) {
            docs.add(doc("steady-new-" + i, STEADY, now.minus(Duration.ofMinutes(5 + i * 40)), i % 10 != 0, 0.9));
        }
        for (int i = 0; i < 3; i++) {
            docs.add(doc("tiny-" + i, TINY, now.minus(Duration.ofDays(2 + i)), true, 0.9));
        }
        for (int i = 0; i < 2; i++) {
            docs.add(doc("tiny-new-" + i, TINY, now.minus(Duration.ofHours(1 + i)), false, 0.2));
        }
        docs.add(doc("ancient", BROKEN, now.minus(Duration.ofDays(30)), false, 0.1));
        return docs;
    }

    static Map<String, Object> doc(String id, String site, Instant indexedAt, boolean withAuthor, double confidence) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put(ArticleFields.ID, id);
        d.put(ArticleFields.URL, "https://" + site.replace(' ', '-').toLowerCase(Locale.ROOT) + ".example/" + id);
        d.put(ArticleFields.SITE, site);
        d.put(ArticleFields.HEADLINE, "Headline of " + id);
        d.put(ArticleFields.BODY, "Some words of the body of " + id);
        d.put(ArticleFields.WORD_COUNT, 7);
        d.put(ArticleFields.AUTHORS, withAuthor ? List.of("Jo Writer") : List.of());
        d.put(ArticleFields.PUBLISHED_AT, indexedAt.minus(Duration.ofHours(1)).toString());
        d.put(ArticleFields.INDEXED_AT, indexedAt.toString());
        d.put(ArticleFields.CONFIDENCE, confidence);
        return d;
    }
}
