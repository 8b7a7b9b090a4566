package dev.newsflow.search.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.newsflow.articles.search.ArticleSearch;
import dev.newsflow.articles.search.ArticleView;
import dev.newsflow.articles.search.Dashboard;
import dev.newsflow.articles.search.EntityBucket;
import dev.newsflow.articles.search.InvalidQueryException;
import dev.newsflow.articles.search.SearchQuery;
import dev.newsflow.articles.search.SearchResult;

/** The search API: binds query parameters to a {@link SearchQuery} and hands it to {@link ArticleSearch}. */
@RestController
@RequestMapping("/api")
class SearchController {

    /** Parameters /api/search understands; anything else is a typo the reader should hear about. */
    static final Set<String> SEARCH_PARAMETERS = Set.of("q", "site", "section", "topic", "entity", "author",
            "language", "from", "to", "page", "size", "sort");
    /** Parameters /api/facets understands: the same filters, no paging. */
    static final Set<String> FACET_PARAMETERS = Set.of("q", "site", "section", "topic", "entity", "author",
            "language", "from", "to");

    /** Parameters /api/entities/{id}/articles understands: paging only. */
    static final Set<String> ENTITY_ARTICLES_PARAMETERS = Set.of("page", "size");

    private final ArticleSearch search;

    SearchController(ArticleSearch search) {
        this.search = search;
    }

    @GetMapping("/search")
    SearchResult search(@RequestParam Map<String, String> all,
                        @RequestParam(required = false) String q,
                        @RequestParam(required = false) List<String> site,
                        @RequestParam(required = false) List<String> section,
                        @RequestParam(required = false) List<String> topic,
                        @RequestParam(required = false) List<String> entity,
                        @RequestParam(required = false) List<String> author,
                        @RequestParam(required = false) List<String> language,
                        @RequestParam(required = false) String from,
                        @RequestParam(required = false) String to,
                        @RequestParam(required = false) String page,
                        @RequestParam(required = false) String size,
                        @RequestParam(required = false) String sort) {
        rejectUnknown(all.keySet(), SEARCH_PARAMETERS);
        return search.search(new SearchQuery(q, site, section, topic, entity, author, language,
                SearchQuery.parseDate("from", from, false), SearchQuery.parseDate("to", to, true),
                SearchQuery.parseInt("page", page, 1), SearchQuery.parseInt("size", size, SearchQuery.DEFAULT_SIZE),
                sort == null || sort.isBlank() ? null : SearchQuery.Sort.parse(sort)));
    }

    @GetMapping("/facets")
    Dashboard facets(@RequestParam Map<String, String> all,
                     @RequestParam(required = false) String q,
                     @RequestParam(required = false) List<String> site,
                     @RequestParam(required = false) List<String> section,
                     @RequestParam(required = false) List<String> topic,
                     @RequestParam(required = false) List<String> entity,
                     @RequestParam(required = false) List<String> author,
                     @RequestParam(required = false) List<String> language,
                     @RequestParam(required = false) String from,
                     @RequestParam(required = false) String to) {
        rejectUnknown(all.keySet(), FACET_PARAMETERS);
        return search.dashboard(new SearchQuery(q, site, section, topic, entity, author, language,
                SearchQuery.parseDate("from", from, false), SearchQuery.parseDate("to", to, true),
                1, ArticleSearch.LATEST, SearchQuery.Sort.NEWEST));
    }

    @GetMapping("/articles/{id}")
    ResponseEntity<ArticleView> article(@PathVariable String id) {
        return search.find(id).map(ResponseEntity::ok)
                .orElseThrow(() -> new ArticleNotFoundException(id));
    }

    /**
     * One entity: its display name, type and how many articles are about it (the total of
     * {@code /entities/{id}/articles}), by stable id or by a name.
     */
    @GetMapping("/entities/{id}")
    EntityBucket entity(@PathVariable String id, @RequestParam Map<String, String> all) {
        rejectUnknown(all.keySet(), Set.of());
        return search.entity(id).orElseThrow(() -> new EntityNotFoundException(id));
    }

    /**
     * Every article about one entity, newest first: by its stable id ({@code barack-obama}, which also finds the
     * articles that only wrote "Obama" once the enricher knew who that is), or by a name as the facets show it.
     */
    @GetMapping("/entities/{id}/articles")
    SearchResult entityArticles(@PathVariable String id,
                                @RequestParam Map<String, String> all,
                                @RequestParam(required = false) String page,
                                @RequestParam(required = false) String size) {
        rejectUnknown(all.keySet(), ENTITY_ARTICLES_PARAMETERS);
        return search.search(SearchQuery.builder().entities(id).page(SearchQuery.parseInt("page", page, 1))
                .size(SearchQuery.parseInt("size", size, SearchQuery.DEFAULT_SIZE)).sort(SearchQuery.Sort.NEWEST)
                .build());
    }

    private static void rejectUnknown(Set<String> given, Set<String> known) {
        Set<String> unknown = new TreeSet<>(given);
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            String name = unknown.iterator().next();
            throw new InvalidQueryException(name, "unknown parameter; use " + new TreeSet<>(known));
        }
    }

    /** No article is about this entity. */
    static final class EntityNotFoundException extends RuntimeException {
        EntityNotFoundException(String id) {
            super("No article is about an entity with id or name '" + id + "'");
        }
    }

    /** No article has this id. */
    static final class ArticleNotFoundException extends RuntimeException {
        ArticleNotFoundException(String id) {
            super("No article with id '" + id + "'");
        }
    }
}
