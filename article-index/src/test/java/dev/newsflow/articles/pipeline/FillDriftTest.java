package dev.newsflow.articles.pipeline;

import static dev.newsflow.articles.ElasticsearchTestSupport.uniqueAlias;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.newsflow.articles.ElasticsearchConnection;
import dev.newsflow.stack.junit.TestStack;

/**
 * Drift read from a real Elasticsearch node through the indexer's template ({@link DriftArticles}): a site whose
 * bylines vanish in the recent window is flagged, a site with stable rates and a site with only a few articles are
 * not, and the indexing rate counts what was written per minute.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class FillDriftTest {

    static final Instant NOW = Instant.parse("2026-12-06T12:00:30Z");
    private static ElasticsearchConnection es;
    private static String alias;
    private static String concrete;

    @BeforeAll
    static void indexThreeSites() {
        es = ElasticsearchConnection.to(TestStack.elasticsearchUrl());
        alias = uniqueAlias("drift");
        concrete = DriftArticles.install(es.client(), alias, NOW);
    }

    @AfterAll
    static void close() throws IOException {
        es.client().indices().delete(d -> d.index(concrete));
        es.close();
    }

    private static FillDrift drift() {
        return new FillDrift(es.client(), alias, FillDriftRule.DEFAULT, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void flagsTheSiteWhoseAuthorsVanishedInTheRecentWindow() {
        DriftReport report = drift().report();

        SiteFill broken = site(report, DriftArticles.BROKEN);
        assertThat(broken.recentArticles()).isEqualTo(30);
        assertThat(broken.baselineArticles()).as("the 30-day-old article is outside both windows").isEqualTo(60);
        assertThat(broken.driftedFields()).containsExactly("author");
        FieldFill author = broken.field("author");
        assertThat(author.recentPresent()).isEqualTo(3);
        assertThat(author.baselineRate()).isEqualTo(1.0);
        assertThat(author.recentRate()).isEqualTo(0.1);
        assertThat(author.drop()).isCloseTo(0.9, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(broken.field("headline").drifted()).isFalse();
        assertThat(broken.field("body").recentRate()).isEqualTo(1.0);
        assertThat(broken.recentMeanConfidence()).isCloseTo(0.85, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(report.drifted()).extracting(SiteFill::site).containsExactly(DriftArticles.BROKEN);
        assertThat(report.sites().getFirst().site()).as("the sites that fell come first").isEqualTo(DriftArticles.BROKEN);
    }

    @Test
    void doesNotFlagASiteWithStableRates() {
        SiteFill steady = site(drift().report(), DriftArticles.STEADY);
        assertThat(steady.field("author").recentRate()).isEqualTo(0.9);
        assertThat(steady.field("author").baselineRate()).isEqualTo(0.9);
        assertThat(steady.drifted()).isFalse();
    }

    @Test
    void doesNotFlagATinySample() {
        SiteFill tiny = site(drift().report(), DriftArticles.TINY);
        assertThat(tiny.field("author").recentRate()).isZero();
        assertThat(tiny.field("author").baselineRate()).isEqualTo(1.0);
        assertThat(tiny.field("confident").recentRate()).isZero();
        assertThat(tiny.drifted()).as("2 articles after 3 are no evidence").isFalse();
    }

    @Test
    void flagsTheSameSiteWithALooserRuleOnlyWhereTheEvidenceIs() {
        // a rule that asks for a fall of 95 points cannot be met by a 90-point fall: the threshold is honoured
        FillDrift strict = new FillDrift(es.client(), alias, new FillDriftRule(Duration.ofHours(24),
                Duration.ofDays(7), 0.95, 1.96, 10), Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(strict.report().drifted()).isEmpty();
    }

    @Test
    void readsAnAliasThatDoesNotExistAsNoSites() {
        FillDrift none = new FillDrift(es.client(), uniqueAlias("none"), FillDriftRule.DEFAULT,
                Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(none.report().sites()).isEmpty();
        IndexingRate.Activity idle = new IndexingRate(es.client(), uniqueAlias("none"), Clock.fixed(NOW,
                ZoneOffset.UTC)).recent(10);
        assertThat(idle.articles()).isZero();
        assertThat(idle.lastIndexedAt()).isNull();
    }

    @Test
    void countsArticlesIndexedPerMinute() {
        // in the last 30 minutes: Broken Bylines at -10 min, Steady Times at -5 min
        IndexingRate.Activity activity = new IndexingRate(es.client(), alias, Clock.fixed(NOW, ZoneOffset.UTC))
                .recent(30);
        assertThat(activity.articles()).isEqualTo(2);
        assertThat(activity.minutes()).hasSize(31);
        assertThat(activity.minutes().stream().mapToLong(b -> b.count()).sum()).isEqualTo(2);
        assertThat(activity.perMinute()).isCloseTo(2 / 30.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(activity.lastIndexedAt()).isEqualTo(NOW.minus(Duration.ofMinutes(5)));
    }

    private static SiteFill site(DriftReport report, String name) {
        return report.sites().stream().filter(s -> s.site().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + report.sites()));
    }
}
