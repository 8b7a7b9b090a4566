package dev.newsflow.articles.pipeline;

import static dev.newsflow.articles.ArticleFields.INDEXED_AT;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.FieldDateMath;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import dev.newsflow.articles.search.SearchUnavailableException;
import dev.newsflow.articles.search.TimeBucket;
import tools.jackson.databind.JsonNode;

/**
 * How fast articles reach the index: documents written per minute over the last minutes, read from
 * {@link dev.newsflow.articles.ArticleFields#INDEXED_AT}, so it says the same whichever indexer wrote them and after
 * any restart.
 */
public final class IndexingRate {

    private static final String PER_MINUTE = "perMinute";
    private static final String LAST = "last";

    private final ElasticsearchClient client;
    private final String alias;
    private final Clock clock;

    public IndexingRate(ElasticsearchClient client, String alias, Clock clock) {
        this.client = Objects.requireNonNull(client, "client");
        this.alias = Objects.requireNonNull(alias, "alias");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * What was indexed in the last {@code minutes} whole minutes and the one running now.
     *
     * @param minutes how many minutes the bars cover (1 to 1440)
     */
    public Activity recent(int minutes) {
        if (minutes < 1 || minutes > 1440) {
            throw new IllegalArgumentException("minutes must lie between 1 and 1440: " + minutes);
        }
        Instant now = clock.instant();
        Instant to = now.truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
        Instant from = to.minus(Duration.ofMinutes(minutes + 1L));
        SearchResponse<JsonNode> response;
        try {
            response = client.search(s -> s.index(alias).ignoreUnavailable(true).allowNoIndices(true).size(0)
                    .trackTotalHits(t -> t.enabled(false))
                    .aggregations(LAST, a -> a.max(m -> m.field(INDEXED_AT)))
                    .aggregations(PER_MINUTE, a -> a.filter(f -> f.range(r -> r.date(d -> d.field(INDEXED_AT)
                                    .gte(from.toString()).lt(to.toString()))))
                            .aggregations(PER_MINUTE, h -> h.dateHistogram(d -> d.field(INDEXED_AT)
                                    .fixedInterval(i -> i.time("1m")).minDocCount(0)
                                    .extendedBounds(b -> b.min(dateMath(from)).max(dateMath(to.minusMillis(1))))))),
                    JsonNode.class);
        } catch (ElasticsearchException e) {
            throw e.status() >= 500 || e.status() == 429
                    ? new SearchUnavailableException("Elasticsearch could not answer (" + e.status() + "): "
                    + e.getMessage(), e)
                    : new IllegalStateException("Elasticsearch rejected the rate query on '" + alias + "': "
                    + e.getMessage(), e);
        } catch (IOException e) {
            throw new SearchUnavailableException("Elasticsearch is unreachable: " + e.getMessage(), e);
        }
        Aggregate window = response.aggregations().get(PER_MINUTE);
        List<TimeBucket> bars = window == null || !window.isFilter() ? List.of()
                : window.filter().aggregations().get(PER_MINUTE).dateHistogram().buckets().array().stream()
                .map(b -> new TimeBucket(Instant.ofEpochMilli(b.key()), b.docCount())).toList();
        long articles = window == null || !window.isFilter() ? 0 : window.filter().docCount();
        // the running minute is partial: the rate is over the whole minutes before it
        long wholeMinutes = bars.stream().filter(b -> b.start().plus(Duration.ofMinutes(1)).compareTo(now) <= 0)
                .mapToLong(TimeBucket::count).sum();
        Aggregate last = response.aggregations().get(LAST);
        Instant lastIndexedAt = last == null || !last.isMax() || last.max().value() == null
                || last.max().value().isInfinite() ? null : Instant.ofEpochMilli(last.max().value().longValue());
        return new Activity(from, now, articles, (double) wholeMinutes / minutes, bars, lastIndexedAt);
    }

    private static FieldDateMath dateMath(Instant at) {
        return FieldDateMath.of(m -> m.value((double) at.toEpochMilli()));
    }

    /**
     * Articles indexed recently.
     *
     * @param from          the start of the first bar
     * @param to            now
     * @param articles      documents written since {@code from}
     * @param perMinute     the mean per minute over the whole minutes (the running one left out)
     * @param minutes       one bar per minute, oldest first, empty minutes included
     * @param lastIndexedAt when the newest document was written, {@code null} when the index is empty
     */
    public record Activity(Instant from, Instant to, long articles, double perMinute, List<TimeBucket> minutes,
                           Instant lastIndexedAt) {
        public Activity {
            minutes = List.copyOf(minutes);
        }
    }
}
