package dev.newsflow.cli;

import dev.newsflow.articles.ElasticsearchConnection;
import dev.newsflow.articles.search.ArticleSearch;
import dev.newsflow.articles.search.ArticleSummary;
import dev.newsflow.articles.search.Bucket;
import dev.newsflow.articles.search.SearchQuery;
import dev.newsflow.model.Topics;
import dev.newsflow.stack.PipelineStack;
import dev.newsflow.stack.ResidentMemory;
import dev.newsflow.stack.Service;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsflow demo}: the stack, the bundled sample pages through it, and a summary of what came out. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Start Kafka, Elasticsearch and the four services on this machine, drop the bundled sample pages "
                + "on " + Topics.PAGES_RAW + ", wait until they are searchable and print a summary.",
            "Keeps running until Ctrl-C; --once stops everything after the summary."})
public final class DemoCommand implements Callable<Integer> {

    private static final List<String> WATCHED = List.of(Topics.ARTICLES_PARSED, Topics.ARTICLES_ENRICHED,
            Topics.ARTICLES_INDEXED, Topics.PARSER_DLQ, Topics.ENRICHER_DLQ, Topics.INDEXER_DLQ);

    @Option(names = "--once", description = "Exit (stopping everything) after the summary.")
    boolean once;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "240",
            description = "How long to wait for the pages to become searchable (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--without", paramLabel = "SERVICE", split = ",",
            description = "Do not start these services (fetcher, parser, enricher, indexer, search), e.g. to see how far "
                    + "the pipeline gets while one of them is broken.")
    java.util.Set<String> without = java.util.Set.of();

    @Spec
    CommandSpec spec;

    /** The local site the fetcher crawls, while the demo runs. */
    private LocalNewsSite site;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        long begin = System.nanoTime();
        PipelineStack pipeline = UpCommand.start(out, without, Map.of());
        boolean complete;
        try {
            complete = dropAndAwait(pipeline, out);
            printSummary(out, pipeline);
            out.printf("%ndemo ready %.1f s after start.%n", (System.nanoTime() - begin) / 1e9);
            printMemory(out, pipeline);
        } catch (RuntimeException e) {
            closeSite();
            pipeline.close();
            throw e;
        }
        if (once) {
            closeSite();
            pipeline.close();
            return complete ? 0 : 1;
        }
        out.println("Running until Ctrl-C.");
        out.flush();
        UpCommand.awaitShutdown();
        closeSite();
        return 0;
    }

    /**
     * Sends the samples in the two ways users do: most are dropped on the raw topic; those marked "via feed" are
     * served on a local web site whose RSS feed the fetcher is subscribed to, so they are crawled (robots.txt,
     * politeness, ledger) like a publisher's pages. Waits until each is indexed or dead-lettered; false on timeout.
     */
    private boolean dropAndAwait(PipelineStack pipeline, PrintWriter out) throws InterruptedException {
        List<SamplePages.Sample> samples = SamplePages.all();
        boolean crawl = pipeline.isRunning(Service.FETCHER);
        Map<Boolean, List<SamplePages.Sample>> viaFeed = samples.stream()
                .collect(Collectors.partitioningBy(s -> crawl && s.viaFeed()));
        List<SamplePages.Sample> crawled = viaFeed.get(true);
        try (TopicWatch watch = new TopicWatch(pipeline.kafkaBootstrapServers(), WATCHED);
             PageDropper dropper = new PageDropper(pipeline.kafkaBootstrapServers())) {
            for (SamplePages.Sample sample : viaFeed.get(false)) {
                dropper.send(sample.url(), sample.contentType(), sample.body(), "demo");
            }
            out.printf("dropped %d sample pages on %s%n", viaFeed.get(false).size(), Topics.PAGES_RAW);
            if (!crawled.isEmpty()) {
                site = LocalNewsSite.serving(crawled.stream().collect(Collectors.toMap(
                        s -> "/news/" + s.file(), SamplePages.Sample::body)));
                String feed = site.url("/feed.xml");
                new FetcherClient(pipeline.url(Service.FETCHER).orElseThrow(), null).register("feeds", List.of(feed));
                out.printf("subscribed the fetcher to %s, a local site serving %d more sample pages (./newsflow feeds)%n",
                        feed, crawled.size());
            }
            out.println("waiting until they are searchable...");
            out.flush();
            long deadline = System.nanoTime() + Duration.ofSeconds(timeoutSeconds).toNanos();
            String lastProgress = "";
            while (true) {
                watch.poll(Duration.ofMillis(500));
                int done = watch.distinctKeys(Topics.ARTICLES_INDEXED) + watch.deadLetters().size();
                String progress = String.format("parsed %d/%d, enriched %d/%d, searchable %d/%d, dead letters %d",
                        watch.distinctKeys(Topics.ARTICLES_PARSED), samples.size(),
                        watch.distinctKeys(Topics.ARTICLES_ENRICHED), samples.size(),
                        watch.distinctKeys(Topics.ARTICLES_INDEXED), samples.size(), watch.deadLetters().size());
                if (!progress.equals(lastProgress)) {
                    out.printf("  %s%n", progress);
                    out.flush();
                    lastProgress = progress;
                }
                if (done >= samples.size()) {
                    break;
                }
                if (System.nanoTime() > deadline) {
                    out.printf("%nNot all pages came through within %d s. %s%n", timeoutSeconds,
                            whereItStopped(watch, samples.size(), pipeline));
                    if (!crawled.isEmpty()) {
                        out.printf("%d of them come through the fetcher from %s: ./newsflow status URL says where each"
                                + " one is (log: %s).%n", crawled.size(), site.url("/feed.xml"),
                                pipeline.logsDir().resolve("fetcher.log"));
                    }
                    printDeadLetters(out, watch);
                    return false;
                }
            }
            printDeadLetters(out, watch);
            return true;
        }
    }

    private void closeSite() {
        if (site != null) {
            site.close();
            site = null;
        }
    }

    /** Names the first stage that fell short, and its log. */
    static String whereItStopped(TopicWatch watch, int dropped, PipelineStack pipeline) {
        int parserDead = count(watch, Topics.PARSER_DLQ);
        int enricherDead = count(watch, Topics.ENRICHER_DLQ);
        String stage;
        if (watch.distinctKeys(Topics.ARTICLES_PARSED) + parserDead < dropped) {
            stage = "parser";
        } else if (watch.distinctKeys(Topics.ARTICLES_ENRICHED) + parserDead + enricherDead < dropped) {
            stage = "enricher";
        } else {
            stage = "indexer";
        }
        return "Dropped " + dropped + "; " + watch.summary() + ". The " + stage + " is behind: see "
                + pipeline.logsDir().resolve(stage + ".log") + " (" + serverLogs(pipeline) + ").";
    }

    private static int count(TopicWatch watch, String topic) {
        return (int) watch.deadLetters().stream().filter(d -> d.topic().equals(topic)).count();
    }

    private static void printDeadLetters(PrintWriter out, TopicWatch watch) {
        for (TopicWatch.DeadLetter dead : watch.deadLetters()) {
            out.printf("  dead letter on %s (stage %s, key %s): %s%n", dead.topic(), dead.stage(), dead.key(), dead.reason());
        }
    }

    private static void printSummary(PrintWriter out, PipelineStack pipeline) {
        try (ElasticsearchConnection es = ElasticsearchConnection.to(pipeline.elasticsearchUrl())) {
            ArticleSearch search = new ArticleSearch(es.client(), PipelineStack.ALIAS);
            OptionalLong count = search.count();
            out.printf("%n== newsflow demo ==%n");
            if (count.isEmpty()) {
                out.printf("No '%s' index yet: nothing was indexed.%n", PipelineStack.ALIAS);
                printWhereToLook(out, pipeline);
                return;
            }
            out.printf("Articles indexed: %d (alias '%s')%n", count.getAsLong(), PipelineStack.ALIAS);
            out.println("Headlines:");
            // no text: the newest first, as the dashboard lists them
            for (ArticleSummary hit : search.search(SearchQuery.builder().size(8).build()).hits()) {
                out.printf("  - %s%n      %s%n", hit.headline(), hit.url());
            }
            Map<String, List<Bucket>> entities = search.topEntities(6);
            if (entities.isEmpty()) {
                out.println("Top entities: (no article names any entity)");
            } else {
                out.println("Top entities (articles mentioning them):");
                entities.forEach((field, terms) -> out.printf("  %-14s %s%n", field + ":", terms.stream()
                        .map(t -> t.value() + " (" + t.count() + ")").collect(Collectors.joining(", "))));
            }
        }
        printWhereToLook(out, pipeline);
    }

    static void printWhereToLook(PrintWriter out, PipelineStack pipeline) {
        out.printf("%nWhere to look:%n");
        out.printf("  Elasticsearch  %s  (curl '%s/%s/_search?q=Putin&pretty')%n", pipeline.elasticsearchUrl(),
                pipeline.elasticsearchUrl(), PipelineStack.ALIAS);
        out.printf("  Kafka          %s  topics: %s%n", pipeline.kafkaBootstrapServers(), String.join(", ", Topics.ALL));
        if (pipeline.isRunning(Service.SEARCH)) {
            out.printf("  Dashboard      %s/  (search API and web dashboard)%n", pipeline.url(Service.SEARCH).orElseThrow());
        }
        if (pipeline.isRunning(Service.FETCHER)) {
            out.printf("  Fetcher API    %s/api/  (pages, fetch, feeds, sitemaps, urls; health: fetcher 8081/health;"
                    + " parser, enricher, indexer 8082-8084/actuator/health)%n", pipeline.url(Service.FETCHER).orElseThrow());
            out.printf("  Crawl          ./newsflow feeds URL | ./newsflow sitemaps URL | ./newsflow fetch URL | ./newsflow status URL%n");
        }
        out.printf("  Logs           %s  (%s)%n", pipeline.logsDir(), serverLogs(pipeline));
        out.printf("  Health         ./newsflow status  (each part up, unhealthy, restarting or stopped, restarts so far; a service"
                + " that dies is restarted after 1 s, 2 s, 4 s... and said here)%n");
        out.printf("  Try            ./newsflow search Putin | ./newsflow tail --from-beginning | ./newsflow drop FILE --url URL%n");
        out.flush();
    }

    /** Where Kafka and Elasticsearch log, for the messages that send the user to the logs. */
    private static String serverLogs(PipelineStack pipeline) {
        return "Kafka: " + pipeline.kafkaLog().map(Path::toString).orElse("-") + ", Elasticsearch: "
                + pipeline.elasticsearchLog().map(Path::toString).orElse("-");
    }

    static void printMemory(PrintWriter out, PipelineStack pipeline) {
        Map<String, Long> rss = new LinkedHashMap<>();
        rss.put("cli", ResidentMemory.mib(ProcessHandle.current()));
        rss.putAll(pipeline.residentMiB());
        long total = rss.values().stream().mapToLong(Long::longValue).sum();
        out.printf("Memory (resident): %d MiB in all; %s%n", total, rss.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
        out.flush();
    }
}
