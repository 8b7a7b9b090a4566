package dev.newsflow.cli;

import dev.newsflow.articles.ArticleFields;
import dev.newsflow.articles.search.ArticleSearch;
import dev.newsflow.articles.search.Dashboard;
import dev.newsflow.articles.search.SearchQuery;
import dev.newsflow.model.EntityId;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow bench facets}: what the dashboard's data ({@code /api/facets}: every facet, the histogram, the
 * latest articles) costs Elasticsearch, on generated articles naming people, organisations and places drawn with a
 * Zipf-like skew, a third of the people mentions in a short form ("Obama") under the full name's id. It uses only
 * {@link ArticleSearch#dashboard}, so the same command measures a build before and after a change to the facets.
 */
@Command(name = "facets", mixinStandardHelpOptions = true,
        description = {"Time the dashboard's data (ArticleSearch.dashboard, what /api/facets answers) on generated "
                + "articles with entities; print wall time and CPU per request (Elasticsearch's when this run started "
                + "the node, and this JVM's).",
                "Starts a local Elasticsearch node on a free port unless --es is given (the index it creates is "
                        + "deleted afterwards)."})
final class BenchFacetsCommand implements Callable<Integer> {

    @Option(names = "--es", paramLabel = "URL", description = "An Elasticsearch to use instead of a local node.")
    String elasticsearch;

    @Option(names = "--docs", defaultValue = "50000", description = "Articles (default: ${DEFAULT-VALUE}).")
    int docs;

    @Option(names = "--entities", defaultValue = "2000", description = "Distinct entities per type (default: ${DEFAULT-VALUE}).")
    int entities;

    @Option(names = "--requests", defaultValue = "30", description = "Requests timed after 5 warm-up ones (default: ${DEFAULT-VALUE}).")
    int requests;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        return ScratchIndexBench.run(elasticsearch, "bench-facets-", spec.commandLine().getErr(), this::run);
    }

    private int run(ScratchIndexBench.Scratch scratch) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        load(scratch);
        ArticleSearch search = new ArticleSearch(scratch.es().client(), scratch.alias());
        ScratchIndexBench.Timing<Dashboard> timing = scratch.time(5, requests, () -> search.dashboard(SearchQuery.all()));
        Dashboard last = timing.last();
        out.printf(Locale.ROOT, "index:           %d articles, %d entities per type, at %s%n", docs, entities, scratch.url());
        out.printf(Locale.ROOT, "answer:          %d articles; top person by name as written: %s%n", last.total(),
                last.facets().people().isEmpty() ? "none" : last.facets().people().getFirst());
        timing.print(out, "request", "");
        return 0;
    }

    /** Generated articles: 2-4 people, 1-3 organisations, 1-3 places each, popular names far more often. */
    private void load(ScratchIndexBench.Scratch scratch) throws IOException {
        Random random = new Random(42);
        Instant now = Instant.now();
        scratch.load(docs, i -> {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put(ArticleFields.ID, "a" + i);
            d.put(ArticleFields.SITE, "site-" + random.nextInt(50) + ".example");
            d.put(ArticleFields.HEADLINE, "Headline " + i);
            d.put(ArticleFields.BODY, "Words of article " + i);
            d.put(ArticleFields.WORD_COUNT, 4);
            d.put(ArticleFields.LANGUAGE, "en");
            d.put(ArticleFields.PUBLISHED_AT, now.minusSeconds(random.nextInt(30 * 86400)).toString());
            List<Map<String, Object>> nested = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            d.put(ArticleFields.PEOPLE, names(random, "PERSON", 2 + random.nextInt(3), nested, ids));
            d.put(ArticleFields.ORGANIZATIONS, names(random, "ORGANIZATION", 1 + random.nextInt(3), nested, ids));
            d.put(ArticleFields.LOCATIONS, names(random, "LOCATION", 1 + random.nextInt(3), nested, ids));
            d.put(ArticleFields.ENTITIES, nested);
            d.put(ArticleFields.ENTITY_IDS, ids);
            return d;
        });
    }

    /** {@code count} distinct names of one type, added to the nested entities and ids; returns the names as written. */
    private List<String> names(Random random, String type, int count, List<Map<String, Object>> nested, List<String> ids) {
        List<String> written = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            // rank ~ entities^u: a skew like news, where a few names fill most articles
            int rank = (int) Math.pow(entities, random.nextDouble());
            String full = type.charAt(0) + type.substring(1).toLowerCase(Locale.ROOT) + " Given" + rank + " Family" + rank;
            String id = EntityId.of(full);
            if (ids.contains(id)) {
                continue;
            }
            // a third of the people are written by their family name alone, resolved to the full name's id
            String name = type.equals("PERSON") && random.nextInt(3) == 0 ? "Family" + rank : full;
            written.add(name);
            ids.add(id);
            nested.add(Map.of(ArticleFields.Entities.NAME, name,
                    ArticleFields.Entities.NAME_NORMALIZED, name.toLowerCase(Locale.ROOT),
                    ArticleFields.Entities.TYPE, type, ArticleFields.Entities.MENTIONS, 1 + random.nextInt(4),
                    ArticleFields.Entities.SALIENCE, random.nextDouble(), ArticleFields.Entities.ID, id));
        }
        return written;
    }

}
