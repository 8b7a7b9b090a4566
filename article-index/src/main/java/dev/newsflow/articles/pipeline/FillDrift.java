package dev.newsflow.articles.pipeline;

import static dev.newsflow.articles.ArticleFields.AUTHORS;
import static dev.newsflow.articles.ArticleFields.CONFIDENCE;
import static dev.newsflow.articles.ArticleFields.HEADLINE;
import static dev.newsflow.articles.ArticleFields.INDEXED_AT;
import static dev.newsflow.articles.ArticleFields.PUBLISHED_AT;
import static dev.newsflow.articles.ArticleFields.SITE;
import static dev.newsflow.articles.ArticleFields.WORD_COUNT;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import dev.newsflow.articles.ArticleFields;
import dev.newsflow.articles.search.SearchUnavailableException;
import tools.jackson.databind.JsonNode;

/**
 * Reads every site's fill rates (headline, author, date, body present; confident extractions) in the recent and the
 * baseline window from the articles index, in one aggregation request, and judges each with {@link FillDriftRule}.
 * Windows are by {@link ArticleFields#INDEXED_AT}, the time the document (so the parser's output it holds) was
 * written: it needs no Prometheus and survives restarts, and a page re-parsed at a new pipeline generation counts
 * again with its new extraction.
 */
public final class FillDrift {

    /** The fields judged, in report order. */
    public static final List<String> FIELDS = List.of("headline", "author", "date", "body", "confident");
    /** The confidence from which an extraction counts as confident (below it the dashboard calls it doubtful). */
    public static final double CONFIDENT = dev.newsflow.articles.search.SiteConfidence.DOUBTFUL;
    /** The most sites one report covers (the busiest in the two windows). */
    public static final int MAX_SITES = 500;

    private static final String SITES = "sites";
    private static final String RECENT = "recent";
    private static final String BASELINE = "baseline";
    private static final String RATED = "rated";
    private static final String MEAN = "mean";
    private static final Map<String, Query> PRESENCE = presence();

    private final ElasticsearchClient client;
    private final String alias;
    private final FillDriftRule rule;
    private final Clock clock;

    public FillDrift(ElasticsearchClient client, String alias, FillDriftRule rule, Clock clock) {
        this.client = Objects.requireNonNull(client, "client");
        this.alias = Objects.requireNonNull(alias, "alias");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public FillDriftRule rule() {
        return rule;
    }

    /** Every site's fill rates now; empty while the alias does not exist. */
    public DriftReport report() {
        Instant now = clock.instant();
        Instant recentFrom = now.minus(rule.recent());
        Instant baselineFrom = recentFrom.minus(rule.baseline());
        SearchResponse<JsonNode> response = search(now, recentFrom, baselineFrom);
        List<SiteFill> sites = new ArrayList<>();
        Aggregate bySite = response.aggregations().get(SITES);
        if (bySite != null && bySite.isSterms()) {
            for (StringTermsBucket bucket : bySite.sterms().buckets().array()) {
                sites.add(site(bucket));
            }
        }
        sites.sort(Comparator.comparing(SiteFill::drifted).reversed()
                .thenComparing(Comparator.comparingLong(SiteFill::recentArticles).reversed())
                .thenComparing(SiteFill::site));
        return new DriftReport(now, recentFrom, baselineFrom, rule.minDrop(), rule.z(), rule.minArticles(), sites);
    }

    private SearchResponse<JsonNode> search(Instant now, Instant recentFrom, Instant baselineFrom) {
        Query inBothWindows = range(baselineFrom, now);
        try {
            return client.search(s -> s.index(alias).ignoreUnavailable(true).allowNoIndices(true).size(0)
                    .trackTotalHits(t -> t.enabled(false))
                    .query(inBothWindows)
                    .aggregations(SITES, a -> a.terms(t -> t.field(SITE).size(MAX_SITES))
                            .aggregations(RECENT, window(range(recentFrom, now)))
                            .aggregations(BASELINE, window(range(baselineFrom, recentFrom)))), JsonNode.class);
        } catch (ElasticsearchException e) {
            if (e.status() >= 500 || e.status() == 429) {
                throw new SearchUnavailableException("Elasticsearch could not answer (" + e.status() + "): "
                        + e.getMessage(), e);
            }
            throw new IllegalStateException("Elasticsearch rejected the drift query on '" + alias + "': "
                    + e.getMessage(), e);
        } catch (IOException e) {
            throw new SearchUnavailableException("Elasticsearch is unreachable: " + e.getMessage(), e);
        }
    }

    /** One window's articles, with a count per field present and the confidence's share and mean. */
    private static Aggregation window(Query window) {
        Map<String, Aggregation> fields = new LinkedHashMap<>();
        PRESENCE.forEach((field, query) -> fields.put(field, Aggregation.of(a -> a.filter(query))));
        fields.put(RATED, Aggregation.of(a -> a.filter(f -> f.exists(e -> e.field(CONFIDENCE)))
                .aggregations("confident", c -> c.filter(f -> f.range(r -> r.number(n -> n.field(CONFIDENCE)
                        .gte(CONFIDENT)))))
                .aggregations(MEAN, m -> m.avg(avg -> avg.field(CONFIDENCE)))));
        return Aggregation.of(a -> a.filter(window).aggregations(fields));
    }

    /**
     * What "present" means per field, as the parser's fill meter counts it: a headline that is not empty, at least one
     * author, a publication date, a body of at least one word.
     */
    private static Map<String, Query> presence() {
        Map<String, Query> present = new LinkedHashMap<>();
        present.put("headline", Query.of(q -> q.bool(b -> b.filter(f -> f.exists(e -> e.field(HEADLINE)))
                // an empty string is still "present" to exists on a text field
                .mustNot(n -> n.term(t -> t.field(HEADLINE + ".raw").value(FieldValue.of("")))))));
        present.put("author", Query.of(q -> q.exists(e -> e.field(AUTHORS))));
        present.put("date", Query.of(q -> q.exists(e -> e.field(PUBLISHED_AT))));
        present.put("body", Query.of(q -> q.range(r -> r.number(n -> n.field(WORD_COUNT).gt(0.0)))));
        return java.util.Collections.unmodifiableMap(present);
    }

    private static Query range(Instant from, Instant to) {
        return Query.of(q -> q.range(r -> r.date(d -> d.field(INDEXED_AT).gte(from.toString()).lt(to.toString()))));
    }

    private SiteFill site(StringTermsBucket bucket) {
        Aggregate recent = bucket.aggregations().get(RECENT);
        Aggregate baseline = bucket.aggregations().get(BASELINE);
        long recentArticles = recent.filter().docCount();
        long baselineArticles = baseline.filter().docCount();
        List<FieldFill> fields = new ArrayList<>();
        for (String field : PRESENCE.keySet()) {
            fields.add(FieldFill.judge(rule, field, count(recent, field), recentArticles, count(baseline, field),
                    baselineArticles));
        }
        Aggregate recentRated = recent.filter().aggregations().get(RATED);
        Aggregate baselineRated = baseline.filter().aggregations().get(RATED);
        fields.add(FieldFill.judge(rule, "confident", count(recentRated, "confident"), recentRated.filter().docCount(),
                count(baselineRated, "confident"), baselineRated.filter().docCount()));
        return new SiteFill(bucket.key().stringValue(), recentArticles, baselineArticles, mean(recentRated),
                mean(baselineRated), fields);
    }

    private static long count(Aggregate window, String name) {
        return window.filter().aggregations().get(name).filter().docCount();
    }

    private static Double mean(Aggregate rated) {
        Double value = rated.filter().aggregations().get(MEAN).avg().value();
        return rated.filter().docCount() == 0 || value == null || value.isNaN() ? null : value;
    }
}
