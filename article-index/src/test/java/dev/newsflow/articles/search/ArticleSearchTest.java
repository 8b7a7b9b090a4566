package dev.newsflow.articles.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.newsflow.articles.ArticleFields;
import dev.newsflow.articles.ElasticsearchConnection;

/** {@link ArticleSearch} against a real Elasticsearch node holding {@link TestArticles} under the indexer's template. */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ArticleSearchTest {

    private static ElasticsearchConnection connection;
    private static ArticleSearch search;

    @BeforeAll
    static void connect() {
        connection = ElasticsearchConnection.to(TestArticles.elasticsearchUrl());
        search = new ArticleSearch(connection.client(), TestArticles.ALIAS);
    }

    @AfterAll
    static void close() {
        connection.close();
    }

    private static List<String> ids(SearchResult result) {
        return result.hits().stream().map(ArticleSummary::id).toList();
    }

    private static SearchQuery.Builder query() {
        return SearchQuery.builder();
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES) // the first test may start the node
    void browsesEverythingNewestFirstWithUndatedLast() {
        SearchResult result = search.search(query().size(20).build());

        assertThat(result.total()).isEqualTo(8);
        assertThat(result.sort()).isEqualTo("newest");
        assertThat(ids(result)).containsExactly("a6", "a7", "a5", "a4", "a3", "a2", "a1", "a8");
        assertThat(result.hits().getFirst().headline()).isEqualTo("Tech giant unveils a folding phone");
        assertThat(result.hits().getFirst().publishedAt()).isEqualTo(Instant.parse("2026-11-25T16:00:00Z"));
        assertThat(result.hits().getFirst().site()).isEqualTo("The Daily Planet");
        assertThat(result.hits().getFirst().authors()).containsExactly("Lois Lane");
    }

    @Test
    void findsArticlesByWordsInHeadlineAndBody() {
        SearchResult result = search.search(query().text("climate").build());

        assertThat(ids(result)).containsExactlyInAnyOrder("a1", "a5", "a8");
        assertThat(result.sort()).isEqualTo("relevance");
        assertThat(result.hits()).allSatisfy(hit -> assertThat(hit.score()).isPositive());
    }

    @Test
    void requiresEveryWordSomewhereInTheArticle() {
        assertThat(ids(search.search(query().text("climate Paris").build()))).containsExactly("a5");
        assertThat(ids(search.search(query().text("\"climate bill\"").build()))).containsExactlyInAnyOrder("a1", "a8");
        assertThat(ids(search.search(query().text("climate -Paris").build()))).containsExactlyInAnyOrder("a1", "a8");
    }

    @Test
    void findsArticlesByEntityNamesAsText() {
        // "Keeper" is in the people field's text and the body of a4 only
        assertThat(ids(search.search(query().text("Keeper").build()))).containsExactly("a4");
    }

    @Test
    void ranksHeadlineMatchesAboveBodyMatches() {
        // "derby" is only in a4's headline and only in a3's body
        SearchResult result = search.search(query().text("derby").build());

        assertThat(ids(result)).containsExactly("a4", "a3");
        assertThat(result.hits().get(0).score()).isGreaterThan(result.hits().get(1).score());
    }

    @Test
    void highlightsMatchesInHeadlineAndBody() {
        SearchResult result = search.search(query().text("summit").build());

        ArticleSummary hit = result.hits().getFirst();
        assertThat(hit.id()).isEqualTo("a5");
        assertThat(hit.highlights().headline()).isEqualTo("Climate <mark>summit</mark> opens in Paris");
        assertThat(hit.highlights().body()).isNotEmpty()
                .allSatisfy(fragment -> assertThat(fragment).contains("<mark>summit</mark>"));
    }

    @Test
    void escapesArticleMarkupInHighlights() {
        SearchResult result = search.search(query().text("angry letters").build());

        assertThat(ids(result)).containsExactly("a8");
        String fragment = String.join(" ", result.hits().getFirst().highlights().body());
        assertThat(fragment).contains("&lt;em&gt;").doesNotContain("<em>").contains("<mark>letters</mark>");
    }

    @Test
    void leavesHighlightsEmptyWithoutText() {
        assertThat(search.search(query().build()).hits())
                .allSatisfy(hit -> assertThat(hit.highlights()).isEqualTo(Highlights.NONE));
    }

    @Test
    void filtersBySite() {
        assertThat(ids(search.search(query().sites("Coastal Herald").build()))).containsExactly("a5", "a2");
    }

    @Test
    void filtersBySectionSlugAtAnyLevelOrByName() {
        assertThat(ids(search.search(query().sections("world").build()))).containsExactly("a5", "a2");
        assertThat(ids(search.search(query().sections("sport/football").build()))).containsExactly("a4");
        assertThat(ids(search.search(query().sections("Business").build()))).containsExactly("a3");
    }

    @Test
    void filtersByTopic() {
        assertThat(ids(search.search(query().topics("environment").build()))).containsExactly("a5", "a1");
        assertThat(ids(search.search(query().topics("environment", "politics").build()))).containsExactly("a5", "a1");
    }

    @Test
    void filtersByEntityOfAnyType() {
        assertThat(ids(search.search(query().entities("Jane Doe").build()))).containsExactly("a5", "a1", "a8");
        assertThat(ids(search.search(query().entities("London").build()))).containsExactly("a3", "a1");
        assertThat(ids(search.search(query().entities("Red Cross").build()))).containsExactly("a2");
        assertThat(ids(search.search(query().entities("COP").build()))).containsExactly("a5");
    }

    @Test
    void filtersByEntityId() {
        assertThat(ids(search.search(query().entities("jane-doe").build()))).containsExactly("a5", "a1", "a8");
        assertThat(ids(search.search(query().entities("united-nations").build()))).containsExactly("a5");
    }

    @Test
    void filtersByEntityNameInAnyCase() {
        assertThat(ids(search.search(query().entities("jane doe").build()))).containsExactly("a5", "a1", "a8");
    }

    @Test
    void requiresAllRepeatedEntities() {
        assertThat(ids(search.search(query().entities("Jane Doe", "Paris").build()))).containsExactly("a5");
    }

    @Test
    void filtersByAuthorAndLanguage() {
        assertThat(ids(search.search(query().authors("Tom Reed").build()))).containsExactly("a5", "a2");
        assertThat(ids(search.search(query().languages("DE").build()))).containsExactly("a7");
    }

    @Test
    void filtersByPublicationDateWithAWholeDayAsUpperBound() {
        SearchQuery day = query().from(SearchQuery.parseDate("from", "2026-11-22", false))
                .to(SearchQuery.parseDate("to", "2026-11-22", true)).build();
        assertThat(ids(search.search(day))).containsExactly("a4", "a3");

        SearchQuery since = query().from(Instant.parse("2026-11-24T10:30:00Z")).build();
        assertThat(ids(search.search(since))).containsExactly("a6", "a7");
    }

    @Test
    void saysWhichEnrichmentStepsAHitWentWithout() {
        SearchResult german = search.search(query().languages("de").build());
        assertThat(german.hits()).singleElement().satisfies(hit -> {
            assertThat(hit.skipped()).containsExactly("entities", "topics");
            assertThat(hit.entities()).isEmpty();
        });
        assertThat(search.search(query().sites("Sports Wire").build()).hits()).singleElement()
                .satisfies(hit -> assertThat(hit.skipped()).isEmpty());
    }

    @Test
    void combinesTextAndFilters() {
        SearchQuery q = query().text("Paris").sites("Berliner Blatt").build();
        assertThat(ids(search.search(q))).containsExactly("a7");
    }

    @Test
    void countsFacetsOverAllMatches() {
        Facets facets = search.search(query().size(1).build()).facets();

        assertThat(facets.sites()).first().isEqualTo(new Bucket("The Daily Planet", 4));
        assertThat(facets.sites()).contains(new Bucket("Coastal Herald", 2), new Bucket("Sports Wire", 1),
                new Bucket("Berliner Blatt", 1));
        assertThat(facets.people()).first().isEqualTo(new Bucket("Jane Doe", 3));
        assertThat(facets.places()).contains(new Bucket("London", 2), new Bucket("Paris", 1), new Bucket("France", 2));
        assertThat(facets.organizations()).contains(new Bucket("Red Cross", 1), new Bucket("United Nations", 1));
        assertThat(facets.topics()).contains(new Bucket("politics", 3), new Bucket("environment", 2));
        assertThat(facets.sections()).contains(new Bucket("world", 2), new Bucket("world/europe", 2));
        assertThat(facets.authors()).contains(new Bucket("Lois Lane", 2), new Bucket("Tom Reed", 2));
        assertThat(facets.languages()).containsExactly(new Bucket("en", 7), new Bucket("de", 1));
    }

    @Test
    void averagesTheConfidencePerSiteLeastTrustedFirst() {
        List<SiteConfidence> sites = search.search(query().size(1).build()).facets().siteConfidence();

        assertThat(sites).extracting(SiteConfidence::site)
                .containsExactly("Sports Wire", "Coastal Herald", "Berliner Blatt", "The Daily Planet");
        SiteConfidence sports = sites.getFirst();
        assertThat(sports.articles()).isEqualTo(1);
        assertThat(sports.meanConfidence()).isCloseTo(0.3, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(sports.doubtful()).as("below " + SiteConfidence.DOUBTFUL).isEqualTo(1);
        // a8 carries no confidence: the Daily Planet counts its three other articles
        SiteConfidence planet = sites.getLast();
        assertThat(planet.articles()).isEqualTo(3);
        assertThat(planet.meanConfidence()).isCloseTo(0.9, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(planet.doubtful()).isZero();
    }

    @Test
    void narrowsFacetsWithTheFilters() {
        Facets facets = search.search(query().sites("Coastal Herald").build()).facets();

        assertThat(facets.sites()).containsExactly(new Bucket("Coastal Herald", 2));
        assertThat(facets.people()).containsExactlyInAnyOrder(new Bucket("Jane Doe", 1), new Bucket("Emmanuel Martin", 1));
    }

    @Test
    void countsDatedArticlesOverTime() {
        OverTime overTime = search.search(query().build()).facets().overTime();

        assertThat(overTime.interval()).isNotBlank();
        assertThat(overTime.buckets()).isNotEmpty();
        assertThat(overTime.buckets().stream().mapToLong(TimeBucket::count).sum()).isEqualTo(7); // a8 is undated
        assertThat(overTime.buckets().getFirst().start()).isBeforeOrEqualTo(Instant.parse("2026-11-20T09:00:00Z"));
        assertThat(overTime.buckets()).isSortedAccordingTo((a, b) -> a.start().compareTo(b.start()));
    }

    @Test
    void pagesThroughAllMatchesWithoutOverlap() {
        List<String> seen = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            SearchResult result = search.search(query().page(page).size(3).build());
            assertThat(result.total()).isEqualTo(8);
            assertThat(result.pages()).isEqualTo(3);
            assertThat(result.page()).isEqualTo(page);
            seen.addAll(ids(result));
        }
        assertThat(seen).hasSize(8).doesNotHaveDuplicates();
        assertThat(search.search(query().page(4).size(3).build()).hits()).isEmpty();
    }

    @Test
    void sortsByDateWhenAskedEvenWithText() {
        SearchResult result = search.search(query().text("climate").sort(SearchQuery.Sort.NEWEST).build());
        assertThat(ids(result)).containsExactly("a5", "a1", "a8");
        assertThat(result.sort()).isEqualTo("newest");
    }

    @Test
    void buildsTheDashboardFromTheLatestMatches() {
        Dashboard dashboard = search.dashboard(query().topics("politics").build());

        assertThat(dashboard.total()).isEqualTo(3);
        assertThat(dashboard.latest()).extracting(ArticleSummary::id).containsExactly("a5", "a1", "a8");
        assertThat(dashboard.facets().topics()).first().isEqualTo(new Bucket("politics", 3));
    }

    @Test
    void findsOneArticleInFull() {
        ArticleView article = search.find("a5").orElseThrow();

        assertThat(article.headline()).isEqualTo("Climate summit opens in Paris");
        assertThat(article.body()).startsWith("The United Nations climate summit opened in Paris");
        assertThat(article.people()).containsExactly("Jane Doe", "Emmanuel Martin");
        assertThat(article.places()).containsExactly("Paris", "France");
        assertThat(article.sectionTags()).containsExactly("world", "world/europe");
        assertThat(article.images()).extracting(ArticleView.Picture::url)
                .containsExactly("https://herald.example/world/summit-opens/lead.jpg");
        assertThat(search.find("no-such-article")).isEmpty();
    }

    @Test
    void countsTheArticlesBehindTheAlias() {
        assertThat(search.exists()).isTrue();
        assertThat(search.count()).isEqualTo(OptionalLong.of(8));
    }

    @Test
    void namesTheEntitiesMostArticlesMentionPerField() {
        Map<String, List<Bucket>> top = search.topEntities(2);

        assertThat(top).containsOnlyKeys(ArticleFields.PEOPLE, ArticleFields.ORGANIZATIONS, ArticleFields.LOCATIONS,
                ArticleFields.MISC);
        assertThat(top.get(ArticleFields.PEOPLE)).hasSize(2).first().isEqualTo(new Bucket("Jane Doe", 3));
        assertThat(top.get(ArticleFields.LOCATIONS)).hasSize(2).contains(new Bucket("London", 2));
        assertThat(top.get(ArticleFields.MISC)).containsExactly(new Bucket("COP", 1));
    }

    @Test
    void readsAMissingAliasAsNoArticlesYet() {
        ArticleSearch empty = new ArticleSearch(connection.client(), "no-articles-here");

        SearchResult result = empty.search(query().text("climate").build());
        assertThat(result.total()).isZero();
        assertThat(result.hits()).isEmpty();
        assertThat(result.facets().sites()).isEmpty();
        assertThat(result.facets().overTime().buckets()).isEmpty();
        assertThat(empty.dashboard(SearchQuery.all()).latest()).isEmpty();
        assertThat(empty.find("a1")).isEmpty();
        assertThat(empty.exists()).isFalse();
        assertThat(empty.count()).isEmpty();
        assertThat(empty.topEntities(5)).isEmpty();
    }

    @Test
    @Timeout(30)
    void reportsAnUnreachableNodeAsUnavailable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (ElasticsearchConnection nowhere = ElasticsearchConnection.to("http://127.0.0.1:" + closedPort)) {
            ArticleSearch down = new ArticleSearch(nowhere.client(), TestArticles.ALIAS);
            assertThat(down.reachable()).isFalse();
            assertThatThrownBy(() -> down.search(SearchQuery.all()))
                    .isInstanceOf(SearchUnavailableException.class)
                    .hasMessageContaining("unreachable");
            assertThatThrownBy(() -> down.find("a1")).isInstanceOf(SearchUnavailableException.class);
            assertThatThrownBy(down::count).isInstanceOf(SearchUnavailableException.class);
        }
        assertThat(search.reachable()).isTrue();
    }
}
