package dev.newsflow.articles.search;

import static dev.newsflow.articles.ArticleFields.AUTHORS;
import static dev.newsflow.articles.ArticleFields.BODY;
import static dev.newsflow.articles.ArticleFields.CANONICAL_URL;
import static dev.newsflow.articles.ArticleFields.CONFIDENCE;
import static dev.newsflow.articles.ArticleFields.DESCRIPTION;
import static dev.newsflow.articles.ArticleFields.ENTITY_FIELDS;
import static dev.newsflow.articles.ArticleFields.ENTITY_IDS;
import static dev.newsflow.articles.ArticleFields.ENTITIES;
import static dev.newsflow.articles.ArticleFields.ENTITY_NAME_NORMALIZED;
import static dev.newsflow.articles.ArticleFields.HEADLINE;
import static dev.newsflow.articles.ArticleFields.ID;
import static dev.newsflow.articles.ArticleFields.IMAGES;
import static dev.newsflow.articles.ArticleFields.LANGUAGE;
import static dev.newsflow.articles.ArticleFields.LOCATIONS;
import static dev.newsflow.articles.ArticleFields.MISC;
import static dev.newsflow.articles.ArticleFields.MODIFIED_AT;
import static dev.newsflow.articles.ArticleFields.ORGANIZATIONS;
import static dev.newsflow.articles.ArticleFields.PEOPLE;
import static dev.newsflow.articles.ArticleFields.PUBLISHED_AT;
import static dev.newsflow.articles.ArticleFields.SECTION;
import static dev.newsflow.articles.ArticleFields.SECTION_TAGS;
import static dev.newsflow.articles.ArticleFields.SITE;
import static dev.newsflow.articles.ArticleFields.TOPICS;
import static dev.newsflow.articles.ArticleFields.URL;
import static dev.newsflow.articles.ArticleFields.WORD_COUNT;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.TermsAggregationCollectMode;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Highlight;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.util.NamedValue;
import dev.newsflow.articles.ArticleFields;
import dev.newsflow.model.EntityId;
import tools.jackson.databind.JsonNode;

/**
 * Full-text search, filters, facets and highlighting over the articles alias: the read side's logic, free of any
 * web framework, so that the search API and {@code ./newsflow search} rank alike. Elasticsearch outages surface as
 * {@link SearchUnavailableException}, bad input as {@link InvalidQueryException}; an alias that does not exist yet
 * reads as an empty index.
 */
public final class ArticleSearch {

    /** Values per facet. */
    public static final int FACET_SIZE = 10;
    /** The most bars the articles-over-time histogram has. */
    public static final int TIME_BUCKETS = 60;
    private static final String OVER_TIME = "overTime";
    /** The per-site confidence aggregation: articles with a confidence, by site, least confident first. */
    private static final String SITE_CONFIDENCE = "siteConfidence";
    private static final String MEAN = "mean";
    private static final String DOUBTFUL = "doubtful";
    /** Latest articles on the dashboard. */
    public static final int LATEST = 10;
    /** The entity facets, by stable id: one nested aggregation per type, then per id its articles and names. */
    private static final String ENTITY_FACET = "entityFacet";
    private static final String OF_TYPE = "ofType";
    private static final String IDS = "ids";
    private static final String ARTICLES = "articles";
    private static final String NAMES = "names";
    private static final String TYPES = "types";
    /** Names read per id to choose the display name among (see {@link #displayName}). */
    private static final int NAMES_PER_ID = 5;
    private static final String ENTITY_ID = ENTITIES + "." + ArticleFields.Entities.ID;
    private static final String ENTITY_NAME = ENTITIES + "." + ArticleFields.Entities.NAME;
    private static final String ENTITY_TYPE = ENTITIES + "." + ArticleFields.Entities.TYPE;
    /** The entity types with a facet, in the order of {@link EntityFacets}' components, as the index stores them. */
    private static final List<String> ENTITY_TYPES = List.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");

    /** Fields searched by free text, with their boosts. */
    static final List<String> TEXT_FIELDS = List.of(HEADLINE + "^3", DESCRIPTION + "^2", BODY,
            ArticleFields.text(PEOPLE) + "^2", ArticleFields.text(ORGANIZATIONS) + "^2",
            ArticleFields.text(LOCATIONS) + "^2", ArticleFields.text(MISC));

    /** The fields the facets count, each aggregation named after its field, in the order of {@link Facets}' components. */
    private static final List<String> FACET_FIELDS = List.of(SITE, SECTION_TAGS, TOPICS, PEOPLE, ORGANIZATIONS,
            LOCATIONS, AUTHORS, LANGUAGE);

    private final ElasticsearchClient client;
    private final String alias;

    /**
     * @param client a client connected to the cluster
     * @param alias  the index or alias holding the articles, e.g. {@code articles}
     */
    public ArticleSearch(ElasticsearchClient client, String alias) {
        this.client = Objects.requireNonNull(client, "client");
        this.alias = Objects.requireNonNull(alias, "alias");
    }

    /** One page of matching articles, highlighted when there is free text, with facets over all matches. */
    public SearchResult search(SearchQuery query) {
        Interval interval = histogramInterval(query);
        SearchResponse<JsonNode> response = execute(request(query, query.offset(), query.size(), false, interval));
        long total = response.hits().total() == null ? response.hits().hits().size() : response.hits().total().value();
        int reachable = (int) Math.min(total, SearchQuery.MAX_WINDOW);
        int pages = (reachable + query.size() - 1) / query.size();
        List<ArticleSummary> hits = response.hits().hits().stream().map(ArticleSearch::summary).toList();
        return new SearchResult(total, query.page(), query.size(), pages, query.sort().name().toLowerCase(Locale.ROOT),
                hits, facets(response, interval), response.took());
    }

    /** The dashboard for the articles matching {@code filters}: facets, spread over time, the latest few. */
    public Dashboard dashboard(SearchQuery filters) {
        Interval interval = histogramInterval(filters);
        SearchResponse<JsonNode> response = execute(request(filters, 0, LATEST, true, interval));
        long total = response.hits().total() == null ? 0 : response.hits().total().value();
        List<ArticleSummary> latest = response.hits().hits().stream().map(ArticleSearch::summary).toList();
        return new Dashboard(total, facets(response, interval), latest);
    }

    /** The article with this id, or empty when there is none. */
    public Optional<ArticleView> find(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        // A search rather than a GET: GET needs a concrete index, and the alias may span several during a reindex.
        SearchResponse<JsonNode> response = call(() -> client.search(s -> s.index(alias).ignoreUnavailable(true)
                .allowNoIndices(true).size(1).query(q -> q.ids(i -> i.values(id))), JsonNode.class));
        return response.hits().hits().stream().findFirst().map(ArticleSearch::view);
    }

    /**
     * How many articles the alias holds, counting everything written so far (it refreshes first, so that what the
     * indexer confirmed a moment ago counts), or empty while the alias does not exist.
     */
    public OptionalLong count() {
        if (!exists()) {
            return OptionalLong.empty();
        }
        call(() -> client.indices().refresh(r -> r.index(alias)));
        return OptionalLong.of(call(() -> client.count(c -> c.index(alias))).count());
    }

    /** Whether the alias (or an index of that name) exists: before the indexer's first start it does not. */
    public boolean exists() {
        return call(() -> client.indices().exists(e -> e.index(alias))).value();
    }

    /**
     * The names mentioned in most articles, per entity-name field ({@link ArticleFields#ENTITY_FIELDS}: people,
     * organizations, locations, misc), most frequent first; a field no article has a value in is left out.
     *
     * @param perField how many names per field
     */
    public Map<String, List<Bucket>> topEntities(int perField) {
        SearchRequest.Builder s = new SearchRequest.Builder().index(alias).ignoreUnavailable(true).allowNoIndices(true)
                .size(0);
        termsAggregations(ENTITY_FIELDS, perField).forEach(s::aggregations);
        Map<String, Aggregate> aggs = execute(s.build()).aggregations();
        Map<String, List<Bucket>> top = new LinkedHashMap<>();
        for (String field : ENTITY_FIELDS) {
            List<Bucket> buckets = buckets(aggs, field);
            if (!buckets.isEmpty()) {
                top.put(field, buckets);
            }
        }
        return top;
    }

    /**
     * One entity by its stable id (or by a name, as {@link SearchQuery#entities()} takes it): its display name, the
     * type the tagger gave it most often and how many articles are about it (the same articles, and so the same
     * count, as the {@code entity} filter finds); empty when no article is.
     */
    public Optional<EntityBucket> entity(String idOrName) {
        if (idOrName == null || idOrName.isBlank()) {
            return Optional.empty();
        }
        String given = idOrName.strip();
        List<FieldValue> ids = List.of(FieldValue.of(given), FieldValue.of(EntityId.of(given)));
        SearchResponse<JsonNode> response = execute(new SearchRequest.Builder().index(alias).ignoreUnavailable(true)
                .allowNoIndices(true).size(0).trackTotalHits(t -> t.enabled(true)).query(aboutEntity(given))
                .aggregations(ENTITY_FACET, a -> a.nested(n -> n.path(ENTITIES))
                        .aggregations(OF_TYPE, f -> f.filter(q -> q.terms(t -> t.field(ENTITY_ID).terms(v -> v.value(ids))))
                                .aggregations(IDS, i -> i.terms(t -> t.field(ENTITY_ID).size(1)))
                                .aggregations(NAMES, n -> n.terms(t -> t.field(ENTITY_NAME).size(NAMES_PER_ID)))
                                .aggregations(TYPES, n -> n.terms(t -> t.field(ENTITY_TYPE).size(1)))))
                .build());
        long total = response.hits().total() == null ? 0 : response.hits().total().value();
        if (total == 0) {
            return Optional.empty();
        }
        Aggregate nested = response.aggregations().get(ENTITY_FACET);
        Map<String, Aggregate> matched = nested == null ? Map.of()
                : nested.nested().aggregations().get(OF_TYPE).filter().aggregations();
        List<String> foundIds = keys(matched.get(IDS));
        // articles indexed before entity ids existed match by name only: show the name asked for, type unknown
        String id = foundIds.isEmpty() ? given : foundIds.getFirst();
        List<String> types = keys(matched.get(TYPES));
        return Optional.of(new EntityBucket(id, displayName(id, keys(matched.get(NAMES)), given),
                types.isEmpty() ? null : types.getFirst(), total));
    }

    /** Whether Elasticsearch answers (cluster health, since {@code GET /} answers 405 on the minimal distribution). */
    public boolean reachable() {
        try {
            client.cluster().health(h -> h.timeout(t -> t.time("2s")));
            return true;
        } catch (IOException | ElasticsearchException e) {
            return false;
        }
    }

    /** The request: filters and text, highlight, sort, and facets. Package-private so tests can read it. */
    SearchRequest request(SearchQuery query, int from, int size, boolean newestFirst, Interval interval) {
        boolean relevance = query.sort() == SearchQuery.Sort.RELEVANCE && !newestFirst;
        SearchRequest.Builder s = new SearchRequest.Builder()
                .index(alias)
                // Before the indexer created the alias, a search reads as "no articles yet", not as an error.
                .ignoreUnavailable(true)
                .allowNoIndices(true)
                .trackTotalHits(t -> t.enabled(true))
                .from(from)
                .size(size)
                .query(query(query))
                .source(src -> src.filter(f -> f.excludes(BODY)))
                .sort(sort(relevance));
        if (query.text() != null) {
            s.highlight(highlight());
        }
        termsAggregations(FACET_FIELDS, FACET_SIZE).forEach(s::aggregations);
        s.aggregations(SITE_CONFIDENCE, siteConfidenceAggregation());
        s.aggregations(ENTITY_FACET, entityFacetAggregation());
        if (interval != null) {
            // min_doc_count 0: quiet days show as empty bars between the first and the last article
            s.aggregations(OVER_TIME, a -> a.dateHistogram(d -> d.field(PUBLISHED_AT)
                    .calendarInterval(interval.calendar()).minDocCount(0)));
        }
        return s.build();
    }

    /**
     * The bar width for the articles-over-time histogram: the finest calendar interval that keeps the matching
     * articles' publication span within {@link #TIME_BUCKETS} bars, or {@code null} when none is dated. (The
     * minimal distribution has no auto_date_histogram, so a first, cheap request reads the span.)
     */
    Interval histogramInterval(SearchQuery query) {
        SearchResponse<JsonNode> span = execute(new SearchRequest.Builder()
                .index(alias).ignoreUnavailable(true).allowNoIndices(true).size(0).trackTotalHits(t -> t.enabled(false))
                .query(query(query))
                .aggregations("first", a -> a.min(m -> m.field(PUBLISHED_AT)))
                .aggregations("last", a -> a.max(m -> m.field(PUBLISHED_AT)))
                .build());
        Aggregate first = span.aggregations().get("first");
        Aggregate last = span.aggregations().get("last");
        if (first == null || last == null || first.min().value() == null || last.max().value() == null
                || first.min().value().isInfinite()) {
            return null;
        }
        return Interval.spanning(Instant.ofEpochMilli(first.min().value().longValue()),
                Instant.ofEpochMilli(last.max().value().longValue()));
    }

    /** Calendar intervals the histogram may use, finest first, with their approximate lengths. */
    enum Interval {
        HOUR(CalendarInterval.Hour, "1h", Duration.ofHours(1)),
        DAY(CalendarInterval.Day, "1d", Duration.ofDays(1)),
        WEEK(CalendarInterval.Week, "1w", Duration.ofDays(7)),
        MONTH(CalendarInterval.Month, "1M", Duration.ofDays(31)),
        QUARTER(CalendarInterval.Quarter, "1q", Duration.ofDays(92)),
        YEAR(CalendarInterval.Year, "1y", Duration.ofDays(366));

        private final CalendarInterval calendar;
        private final String label;
        private final Duration length;

        Interval(CalendarInterval calendar, String label, Duration length) {
            this.calendar = calendar;
            this.label = label;
            this.length = length;
        }

        CalendarInterval calendar() {
            return calendar;
        }

        /** How Elasticsearch writes it: 1h, 1d, 1w, 1M, 1q, 1y. */
        String label() {
            return label;
        }

        /** The finest interval that shows {@code first..last} in at most {@link #TIME_BUCKETS} bars. */
        static Interval spanning(Instant first, Instant last) {
            Duration span = Duration.between(first, last);
            for (Interval interval : values()) {
                // +1: a span of exactly n lengths touches n + 1 calendar buckets
                if (span.dividedBy(interval.length) + 1 <= TIME_BUCKETS) {
                    return interval;
                }
            }
            return YEAR;
        }
    }

    static Query query(SearchQuery q) {
        BoolQuery.Builder bool = new BoolQuery.Builder();
        if (q.text() != null) {
            // simple_query_string rather than multi_match: every word must appear somewhere (in any field), quotes
            // make phrases, -word excludes, and a reader's stray syntax never fails the request.
            bool.must(m -> m.simpleQueryString(sq -> sq.query(q.text()).fields(TEXT_FIELDS)
                    .defaultOperator(Operator.And).lenient(true)));
        } else {
            bool.must(m -> m.matchAll(a -> a));
        }
        q.sites().forEach(v -> bool.filter(term(SITE, v)));
        q.sections().forEach(v -> bool.filter(anyOf(List.of(SECTION_TAGS, SECTION), v)));
        q.topics().forEach(v -> bool.filter(term(TOPICS, v)));
        q.entities().forEach(v -> bool.filter(aboutEntity(v)));
        q.authors().forEach(v -> bool.filter(term(AUTHORS, v)));
        q.languages().forEach(v -> bool.filter(term(LANGUAGE, v)));
        if (q.from() != null || q.to() != null) {
            bool.filter(f -> f.range(r -> r.date(d -> {
                d.field(PUBLISHED_AT);
                if (q.from() != null) {
                    d.gte(q.from().toString());
                }
                if (q.to() != null) {
                    d.lt(q.to().toString());
                }
                return d;
            })));
        }
        return Query.of(b -> b.bool(bool.build()));
    }

    private static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(FieldValue.of(value))));
    }

    private static Query anyOf(List<String> fields, String value) {
        // should + minimum 1: the value in any one of the fields
        return Query.of(q -> q.bool(b -> {
            fields.forEach(f -> b.should(term(f, value)));
            return b.minimumShouldMatch("1");
        }));
    }

    /**
     * An entity of any type: its stable id ({@code entity=barack-obama}, which also finds the articles that only
     * wrote "Obama" once the enricher had learnt who that is), the exact name in any per-type keyword field, the
     * id of that name, or the name in any case through the nested entities' normalised names
     * ({@code entity=jane doe} finds Jane Doe).
     */
    private static Query aboutEntity(String name) {
        return Query.of(q -> q.bool(b -> {
            b.should(term(ENTITY_IDS, name));
            b.should(term(ENTITY_IDS, EntityId.of(name)));
            ENTITY_FIELDS.forEach(f -> b.should(term(f, name)));
            b.should(s -> s.nested(n -> n.path(ENTITIES).query(term(ENTITY_NAME_NORMALIZED,
                    name.toLowerCase(Locale.ROOT)))));
            return b.minimumShouldMatch("1");
        }));
    }

    private static List<SortOptions> sort(boolean relevance) {
        SortOptions newest = SortOptions.of(o -> o.field(f -> f.field(PUBLISHED_AT).order(SortOrder.Desc)
                .missing(FieldValue.of("_last")).unmappedType(co.elastic.clients.elasticsearch._types.mapping.FieldType.Date)));
        // the id (a keyword, unique per article) breaks ties so that pages never overlap or skip
        SortOptions tieBreak = SortOptions.of(o -> o.field(f -> f.field(ID).order(SortOrder.Asc)
                .unmappedType(co.elastic.clients.elasticsearch._types.mapping.FieldType.Keyword)));
        if (relevance) {
            return List.of(SortOptions.of(o -> o.score(sc -> sc.order(SortOrder.Desc))), newest, tieBreak);
        }
        return List.of(newest, tieBreak);
    }

    /**
     * Highlights come from the first this many characters of a field: more than any real article, and below the
     * index's {@code index.highlight.max_analyzed_offset} (1,000,000), past which Elasticsearch fails the whole search
     * on every shard. A page near the parser's 10 MiB limit made every search that matched it fail; now its later
     * matches are found, only not highlighted.
     */
    static final int HIGHLIGHTED_CHARS = 500_000;

    private static Highlight highlight() {
        return Highlight.of(h -> h
                .maxAnalyzedOffset(HIGHLIGHTED_CHARS)
                // html: Elasticsearch escapes the article text, so only our <mark> tags are markup
                .encoder(HighlighterEncoder.Html)
                .preTags("<mark>")
                .postTags("</mark>")
                .fields(List.of(
                        NamedValue.of(HEADLINE, HighlightField.of(f -> f.numberOfFragments(0))),
                        NamedValue.of(BODY, HighlightField.of(f -> f.fragmentSize(160).numberOfFragments(3))))));
    }

    /**
     * Per site, over the articles that carry a confidence: their mean and how many are doubtful, the least trusted
     * sites first (a filter first, so that sites whose articles have none do not come first with an empty mean).
     */
    private static Aggregation siteConfidenceAggregation() {
        return Aggregation.of(a -> a.filter(f -> f.exists(e -> e.field(CONFIDENCE)))
                .aggregations(SITE, sites -> sites.terms(t -> t.field(SITE).size(FACET_SIZE)
                                .order(NamedValue.of(MEAN, SortOrder.Asc)))
                        .aggregations(MEAN, m -> m.avg(avg -> avg.field(CONFIDENCE)))
                        .aggregations(DOUBTFUL, d -> d.filter(f -> f.range(r -> r.number(n -> n.field(CONFIDENCE)
                                .lt(SiteConfidence.DOUBTFUL)))))));
    }

    /** The buckets of {@link #siteConfidenceAggregation()}; none when there is no index yet. */
    private static List<SiteConfidence> siteConfidence(Aggregate aggregate) {
        if (aggregate == null || !aggregate.isFilter()) {
            return List.of();
        }
        Aggregate sites = aggregate.filter().aggregations().get(SITE);
        if (sites == null || !sites.isSterms()) {
            return List.of();
        }
        return sites.sterms().buckets().array().stream().map(b -> new SiteConfidence(b.key().stringValue(),
                b.docCount(), b.aggregations().get(MEAN).avg().value(),
                b.aggregations().get(DOUBTFUL).filter().docCount())).toList();
    }

    /**
     * The entities by type and stable id: one nested aggregation (entities are nested objects; one pass over them
     * for every type), terms on the type, then on the id, and per id a reverse_nested count (articles, not entity
     * objects, so an article naming one entity twice counts once) and its most frequent names. The ids are ranked
     * by entity objects, which is by articles since the enricher merges an entity's mentions into one object per
     * article (not always: a short form the article left ambiguous may later resolve to an id the article has
     * already; its count shown is still articles). Ranking by the reverse_nested count instead computes it for
     * every id rather than the ten kept: 171 ms of Elasticsearch CPU per dashboard request against 120 ms, four
     * nested aggregations (one per type) instead of this one included ({@code ./newsflow bench facets}, BENCHMARKS.md).
     */
    private static Aggregation entityFacetAggregation() {
        return Aggregation.of(a -> a.nested(n -> n.path(ENTITIES))
                .aggregations(OF_TYPE, byType -> byType.terms(t -> t.field(ENTITY_TYPE).size(ENTITY_TYPES.size())
                                .include(i -> i.terms(ENTITY_TYPES)))
                        // breadth first: the names and article counts only for the ids kept
                        .aggregations(IDS, ids -> ids.terms(t -> t.field(ENTITY_ID).size(FACET_SIZE)
                                        .collectMode(TermsAggregationCollectMode.BreadthFirst)
                                        .order(List.of(NamedValue.of("_count", SortOrder.Desc),
                                                NamedValue.of("_key", SortOrder.Asc))))
                                .aggregations(ARTICLES, r -> r.reverseNested(rn -> rn))
                                .aggregations(NAMES, names -> names.terms(t -> t.field(ENTITY_NAME)
                                        .size(NAMES_PER_ID))))));
    }

    /** The buckets of {@link #entityFacetAggregation} for {@code type}; none when there is no index yet. */
    private static List<EntityBucket> entityBuckets(Map<String, Aggregate> aggs, String type) {
        Aggregate nested = aggs.get(ENTITY_FACET);
        if (nested == null || !nested.isNested()) {
            return List.of();
        }
        Aggregate types = nested.nested().aggregations().get(OF_TYPE);
        if (types == null || !types.isSterms()) {
            return List.of();
        }
        return types.sterms().buckets().array().stream().filter(t -> t.key().stringValue().equals(type)).findFirst()
                .map(t -> t.aggregations().get(IDS)).filter(Aggregate::isSterms)
                .map(ids -> ids.sterms().buckets().array().stream().map(b -> {
                    String id = b.key().stringValue();
                    return new EntityBucket(id, displayName(id, keys(b.aggregations().get(NAMES)), id), type,
                            b.aggregations().get(ARTICLES).reverseNested().docCount());
                }).toList()).orElse(List.of());
    }

    /**
     * The name to show for an id: the one the id was made from ("Barack Obama" for {@code barack-obama}, whether
     * or not "Obama" is more frequent), else the most frequent, else {@code fallback}.
     */
    static String displayName(String id, List<String> namesMostFrequentFirst, String fallback) {
        return namesMostFrequentFirst.stream().filter(name -> EntityId.of(name).equals(id)).findFirst()
                .or(() -> namesMostFrequentFirst.stream().findFirst()).orElse(fallback);
    }

    /** The keys of a terms aggregation, in its order; none when it is absent. */
    private static List<String> keys(Aggregate terms) {
        if (terms == null || !terms.isSterms()) {
            return List.of();
        }
        return terms.sterms().buckets().array().stream().map(b -> b.key().stringValue()).toList();
    }

    /** A terms aggregation per field, named after the field. */
    private static Map<String, Aggregation> termsAggregations(List<String> fields, int size) {
        Map<String, Aggregation> aggs = new LinkedHashMap<>();
        fields.forEach(field -> aggs.put(field, Aggregation.of(a -> a.terms(t -> t.field(field).size(size)))));
        return aggs;
    }

    /** The buckets of the terms aggregation named {@code name}; none when there is no index yet. */
    private static List<Bucket> buckets(Map<String, Aggregate> aggs, String name) {
        Aggregate a = aggs.get(name);
        if (a == null || !a.isSterms()) {
            return List.of(); // no index yet: Elasticsearch returns no aggregations at all
        }
        return a.sterms().buckets().array().stream().map(b -> new Bucket(b.key().stringValue(), b.docCount())).toList();
    }

    private static Facets facets(SearchResponse<JsonNode> response, Interval interval) {
        Map<String, Aggregate> aggs = response.aggregations();
        Function<String, List<Bucket>> terms = field -> buckets(aggs, field);
        return new Facets(terms.apply(SITE), terms.apply(SECTION_TAGS), terms.apply(TOPICS), terms.apply(PEOPLE),
                terms.apply(ORGANIZATIONS), terms.apply(LOCATIONS), terms.apply(AUTHORS), terms.apply(LANGUAGE),
                overTime(aggs.get(OVER_TIME), interval), siteConfidence(aggs.get(SITE_CONFIDENCE)),
                new EntityFacets(entityBuckets(aggs, ENTITY_TYPES.get(0)), entityBuckets(aggs, ENTITY_TYPES.get(1)),
                        entityBuckets(aggs, ENTITY_TYPES.get(2)), entityBuckets(aggs, ENTITY_TYPES.get(3))));
    }

    private static OverTime overTime(Aggregate aggregate, Interval interval) {
        if (aggregate == null || !aggregate.isDateHistogram() || interval == null) {
            return new OverTime(null, List.of());
        }
        List<TimeBucket> buckets = aggregate.dateHistogram().buckets().array().stream()
                .map(b -> new TimeBucket(Instant.ofEpochMilli(b.key()), b.docCount())).toList();
        if (buckets.isEmpty()) {
            return new OverTime(null, List.of());
        }
        return new OverTime(interval.label(), buckets);
    }

    private SearchResponse<JsonNode> execute(SearchRequest request) {
        return call(() -> client.search(request, JsonNode.class));
    }

    /** One request to Elasticsearch. */
    private interface Call<T> {
        T send() throws IOException;
    }

    /** Sends {@code call}, turning failures into {@link SearchUnavailableException} or a bug report. */
    private <T> T call(Call<T> call) {
        try {
            return call.send();
        } catch (ElasticsearchException e) {
            throw translate(e);
        } catch (IOException e) {
            throw unavailable(e);
        }
    }

    /** Server-side failures are outages; a 400 from Elasticsearch is a query we built badly, so it is a bug. */
    private RuntimeException translate(ElasticsearchException e) {
        if (e.status() >= 500 || e.status() == 429) {
            return new SearchUnavailableException("Elasticsearch could not answer (" + e.status() + "): "
                    + e.getMessage(), e);
        }
        return new IllegalStateException("Elasticsearch rejected the search on '" + alias + "': " + e.getMessage(), e);
    }

    private SearchUnavailableException unavailable(IOException e) {
        return new SearchUnavailableException("Elasticsearch is unreachable: " + e.getMessage(), e);
    }

    private static ArticleSummary summary(Hit<JsonNode> hit) {
        JsonNode d = hit.source();
        Map<String, List<String>> hl = hit.highlight();
        List<String> headline = hl.getOrDefault(HEADLINE, List.of());
        Highlights highlights = hl.isEmpty() ? Highlights.NONE
                : new Highlights(headline.isEmpty() ? null : headline.getFirst(), hl.getOrDefault(BODY, List.of()));
        return new ArticleSummary(hit.id(), text(d, URL), text(d, HEADLINE), text(d, DESCRIPTION), text(d, SITE),
                strings(d, AUTHORS), strings(d, SECTION), strings(d, TOPICS), text(d, LANGUAGE),
                instant(d, PUBLISHED_AT), (int) number(d, WORD_COUNT), hit.score(), highlights, entityRefs(d),
                strings(d, ArticleFields.SKIPPED));
    }

    private static ArticleView view(Hit<JsonNode> hit) {
        JsonNode d = hit.source();
        List<ArticleView.Picture> pictures = new ArrayList<>();
        JsonNode images = d == null ? null : d.get(IMAGES);
        if (images != null && images.isArray()) {
            for (JsonNode image : images.values()) {
                if (image.isObject() && text(image, ArticleFields.Images.URL) != null) {
                    pictures.add(new ArticleView.Picture(text(image, ArticleFields.Images.URL),
                            text(image, ArticleFields.Images.ALT), text(image, ArticleFields.Images.CAPTION)));
                }
            }
        }
        return new ArticleView(hit.id(), text(d, URL), text(d, CANONICAL_URL), text(d, HEADLINE), text(d, DESCRIPTION),
                text(d, SITE), strings(d, AUTHORS), strings(d, SECTION), strings(d, SECTION_TAGS), strings(d, TOPICS),
                text(d, LANGUAGE), instant(d, PUBLISHED_AT), instant(d, MODIFIED_AT), (int) number(d, WORD_COUNT),
                text(d, BODY), pictures, strings(d, PEOPLE), strings(d, ORGANIZATIONS), strings(d, LOCATIONS),
                strings(d, MISC));
    }

    /** The nested entities of a document that carry an id, one per id, in the order indexed. */
    private static List<EntityRef> entityRefs(JsonNode doc) {
        JsonNode entities = doc == null ? null : doc.get(ENTITIES);
        if (entities == null || !entities.isArray()) {
            return List.of();
        }
        Map<String, EntityRef> byId = new LinkedHashMap<>();
        for (JsonNode e : entities.values()) {
            String id = text(e, ArticleFields.Entities.ID);
            String name = text(e, ArticleFields.Entities.NAME);
            if (id != null && name != null) {
                byId.putIfAbsent(id, new EntityRef(id, name, text(e, ArticleFields.Entities.TYPE)));
            }
        }
        return List.copyOf(byId.values());
    }

    private static String text(JsonNode doc, String field) {
        JsonNode n = doc == null ? null : doc.get(field);
        return n == null || n.isNull() || n.isMissingNode() ? null : n.asString();
    }

    private static long number(JsonNode doc, String field) {
        JsonNode n = doc == null ? null : doc.get(field);
        return n == null || n.isNull() ? 0 : n.asLong(0);
    }

    /** A keyword field as a list, whether the document holds one value or an array. */
    private static List<String> strings(JsonNode doc, String field) {
        JsonNode n = doc == null ? null : doc.get(field);
        if (n == null || n.isNull() || n.isMissingNode()) {
            return List.of();
        }
        if (!n.isArray()) {
            return List.of(n.asString());
        }
        return n.values().stream().filter(v -> !v.isNull()).map(JsonNode::asString).toList();
    }

    private static Instant instant(JsonNode doc, String field) {
        String value = text(doc, field);
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            return null; // the template maps dates strictly, so only a foreign writer gets here: show no date
        }
    }
}
