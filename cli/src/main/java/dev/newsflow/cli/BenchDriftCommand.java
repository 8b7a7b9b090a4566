package dev.newsflow.cli;

import dev.newsflow.articles.ArticleFields;
import dev.newsflow.articles.pipeline.DriftReport;
import dev.newsflow.articles.pipeline.FillDrift;
import dev.newsflow.articles.pipeline.FillDriftRule;
import dev.newsflow.articles.pipeline.IndexingRate;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
 * {@code newsflow bench drift}: what the search service's drift report and indexing rate cost Elasticsearch, on an
 * index of generated articles spread over the rule's two windows (8 days), one site in ten losing its bylines lately.
 */
@Command(name = "drift", mixinStandardHelpOptions = true,
        description = {"Time the extraction drift report (FillDrift) and the indexing rate the search service reads "
                + "from the index every minute and on every /api/pipeline call, on generated articles; print wall time "
                + "and CPU per report (Elasticsearch's when this run started the node, and this JVM's).",
                "Starts a local Elasticsearch node on a free port unless --es is given (the index it creates is "
                        + "deleted afterwards)."})
final class BenchDriftCommand implements Callable<Integer> {

    @Option(names = "--es", paramLabel = "URL", description = "An Elasticsearch to use instead of a local node.")
    String elasticsearch;

    @Option(names = "--docs", defaultValue = "100000", description = "Articles (default: ${DEFAULT-VALUE}).")
    int docs;

    @Option(names = "--sites", defaultValue = "200", description = "Sites they are spread over (default: ${DEFAULT-VALUE}).")
    int sites;

    @Option(names = "--reports", defaultValue = "20", description = "Reports timed after 3 warm-up ones (default: ${DEFAULT-VALUE}).")
    int reports;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        return ScratchIndexBench.run(elasticsearch, "bench-drift-", spec.commandLine().getErr(), this::run);
    }

    private int run(ScratchIndexBench.Scratch scratch) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        load(scratch, Instant.now());
        FillDrift drift = new FillDrift(scratch.es().client(), scratch.alias(), FillDriftRule.DEFAULT, Clock.systemUTC());
        IndexingRate rate = new IndexingRate(scratch.es().client(), scratch.alias(), Clock.systemUTC());
        ScratchIndexBench.Timing<DriftReport> timing = scratch.time(3, reports, () -> {
            DriftReport report = drift.report();
            rate.recent(30);
            return report;
        });
        DriftReport last = timing.last();
        out.printf(Locale.ROOT, "index:           %d articles over %d sites, indexed over the last 8 days, at %s%n",
                docs, sites, scratch.url());
        long broken = last.drifted().stream().filter(site -> brokenSite(site.site())).count();
        long others = last.drifted().size() - broken;
        out.printf(Locale.ROOT, "report:          %d sites; flagged %d of the %d that lost their bylines in the last day, "
                + "%d of the others (all fields: %s)%n", last.sites().size(), broken,
                (sites + 9) / 10, others, last.drifted().stream().flatMap(site -> site.driftedFields().stream())
                        .distinct().toList());
        timing.print(out, "report", "drift report + indexing rate");
        return 0;
    }

    /** Generated articles: every field present, except bylines on one site in ten during the last day. */
    private void load(ScratchIndexBench.Scratch scratch, Instant now) throws IOException {
        Random random = new Random(42);
        Duration span = Duration.ofDays(8);
        scratch.load(docs, i -> {
            int site = random.nextInt(sites);
            Instant indexedAt = now.minusMillis((long) (random.nextDouble() * span.toMillis()));
            boolean recent = indexedAt.isAfter(now.minus(Duration.ofDays(1)));
            boolean byline = !(recent && site % 10 == 0) && random.nextDouble() < 0.9;
            Map<String, Object> d = new LinkedHashMap<>();
            d.put(ArticleFields.ID, "a" + i);
            d.put(ArticleFields.SITE, "site-" + site + ".example");
            d.put(ArticleFields.HEADLINE, "Headline " + i);
            d.put(ArticleFields.BODY, "Words of article " + i);
            d.put(ArticleFields.WORD_COUNT, 4);
            d.put(ArticleFields.AUTHORS, byline ? List.of("Author " + (i % 50)) : List.of());
            d.put(ArticleFields.PUBLISHED_AT, indexedAt.minus(Duration.ofHours(2)).toString());
            d.put(ArticleFields.INDEXED_AT, indexedAt.toString());
            d.put(ArticleFields.CONFIDENCE, 0.5 + random.nextDouble() / 2);
            return d;
        });
    }

    /** One site in ten loses its bylines in the last day: site-0, site-10, ... */
    private static boolean brokenSite(String site) {
        return Integer.parseInt(site.substring("site-".length(), site.indexOf('.'))) % 10 == 0;
    }

}
