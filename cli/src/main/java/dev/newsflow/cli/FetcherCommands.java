package dev.newsflow.cli;

import dev.newsflow.fetcher.bench.FetchBenchmark;
import dev.newsflow.stack.RepoLayout;
import dev.newsflow.stack.StackStatus;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

/**
 * The fetcher's API from the command line: {@code fetch}, {@code feeds}, {@code sitemaps} and {@code status}
 * (issue 4's "CLI equivalents"). They talk to a running fetcher ({@code ./newsflow up} or {@code demo}).
 */
final class FetcherCommands {

    private FetcherCommands() {
    }

    /** Where the fetcher is and its API key: the same variables as the services (README, Configuration). */
    static final class FetcherOptions {
        @Option(names = "--fetcher", paramLabel = "URL", defaultValue = "${env:FETCHER_URL:-http://localhost:8081}",
                description = "The fetcher's base URL (default: ${DEFAULT-VALUE}; env FETCHER_URL).")
        String url;

        @Option(names = "--api-key", paramLabel = "KEY", defaultValue = "${env:FETCHER_API_KEY}",
                description = "API key, when the fetcher has one (env FETCHER_API_KEY).")
        String apiKey;

        FetcherClient client() {
            return new FetcherClient(url, apiKey);
        }
    }

    /** {@code newsflow fetch URL...}: queue pages for fetching. */
    @Command(name = "fetch", mixinStandardHelpOptions = true,
            description = "Queue URLs for the fetcher; it fetches them politely and publishes the pages to news.pages.raw.")
    static final class FetchCommand implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "URL", description = "Absolute http(s) URLs.")
        List<String> urls;

        @Mixin
        FetcherOptions fetcher;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            JsonNode answer = fetcher.client().fetch(urls);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%d queued, %d rejected%n", answer.path("queued").asInt(), answer.path("rejected").asInt());
            for (JsonNode url : answer.path("urls")) {
                if (url.hasNonNull("rejected")) {
                    out.printf("  rejected  %s: %s%n", url.path("submitted").asString(), url.path("rejected").asString());
                } else {
                    out.printf("  %-8s  %s%n", url.path("state").asString(), url.path("url").asString());
                }
            }
            out.println("Follow one with: ./newsflow status URL");
            out.flush();
            return answer.path("rejected").asInt() == 0 ? 0 : 1;
        }
    }

    /** Registers sources of one kind with the fetcher, or lists them: what {@code feeds} and {@code sitemaps} share. */
    abstract static class SourcesCommand implements Callable<Integer> {
        @Parameters(arity = "0..*", paramLabel = "URL", description = "Feed or sitemap URLs.")
        List<String> urls;

        @Mixin
        FetcherOptions fetcher;

        @Spec
        CommandSpec spec;

        private final String path;
        private final String kind;

        SourcesCommand(String path, String kind) {
            this.path = path;
            this.kind = kind;
        }

        @Override
        public Integer call() {
            return registerOrList(spec, fetcher, path, kind, urls);
        }
    }

    /** {@code newsflow feeds [URL...]}: subscribe to RSS/Atom feeds, or list the subscribed ones. */
    @Command(name = "feeds", mixinStandardHelpOptions = true,
            description = {"Subscribe the fetcher to RSS or Atom feeds (polled on a schedule that honours their caching"
                    + " headers; every new item is fetched). Without URLs: list the feeds and their poll state."})
    static final class FeedsCommand extends SourcesCommand {
        FeedsCommand() {
            super("feeds", "feed");
        }
    }

    /** {@code newsflow sitemaps [URL...]}: register sitemaps (and sitemap indexes, Google News sitemaps). */
    @Command(name = "sitemaps", mixinStandardHelpOptions = true,
            description = {"Register sitemaps, sitemap indexes or Google News sitemaps with the fetcher (polled on a"
                    + " schedule; every new URL is fetched). Without URLs: list them and their poll state."})
    static final class SitemapsCommand extends SourcesCommand {
        SitemapsCommand() {
            super("sitemaps", "sitemap");
        }
    }

    /** {@code newsflow status [URL]}: the local stack's parts, or where a URL is in the crawl ledger and why. */
    @Command(name = "status", mixinStandardHelpOptions = true,
            description = {"Without a URL: each part of the local stack (./newsflow up or demo): up, unhealthy (runs,"
                    + " health not answering 200), restarting or stopped, its pid and how often it was restarted.",
                "With a URL: where it is in the fetcher's crawl ledger and why: state, HTTP status, attempts, next fetch, "
                    + "the offset it was published at."})
    static final class StatusCommand implements Callable<Integer> {
        @Parameters(index = "0", arity = "0..1", paramLabel = "URL",
                description = "The URL as submitted (it is normalised the same way).")
        String url;

        @Option(names = "--work-dir", paramLabel = "DIR",
                description = "The stack's work directory (default: .newsflow in this checkout).")
        Path workDir;

        @Mixin
        FetcherOptions fetcher;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            if (url == null) {
                Path dir = workDir != null ? workDir : RepoLayout.find().workDir();
                return StackReport.print(out, dir.resolve(StackStatus.FILE_NAME));
            }
            Optional<JsonNode> entry = fetcher.client().status(url);
            if (entry.isEmpty()) {
                out.printf("%s is not in the ledger: the fetcher has never been asked for it (./newsflow fetch %s).%n", url, url);
                out.flush();
                return 1;
            }
            JsonNode e = entry.get();
            out.printf("%s%n  %s: %s%n", e.path("url").asString(), e.path("state").asString(),
                    e.path("explanation").asString());
            field(out, "reason", e, "reasonCode");
            field(out, "source", e, "source");
            field(out, "final URL", e, "finalUrl");
            field(out, "HTTP status", e, "httpStatus");
            field(out, "content type", e, "contentType");
            field(out, "ETag", e, "etag");
            field(out, "Last-Modified", e, "lastModified");
            field(out, "content hash", e, "contentHash");
            field(out, "attempts", e, "attempts");
            field(out, "first seen", e, "firstSeenAt");
            field(out, "last fetched", e, "lastFetchedAt");
            field(out, "published", e, "publishedAt");
            field(out, "next fetch", e, "nextFetchAt");
            field(out, "article id", e, "articleId");
            out.flush();
            return 0;
        }

        private static void field(PrintWriter out, String label, JsonNode entry, String name) {
            JsonNode value = entry.path(name);
            if (!value.isMissingNode() && !value.isNull()) {
                out.printf("  %-14s %s%n", label + ":", value.asString());
            }
        }
    }

    private static int registerOrList(CommandSpec spec, FetcherOptions fetcher, String path, String kind, List<String> urls) {
        FetcherClient client = fetcher.client();
        PrintWriter out = spec.commandLine().getOut();
        JsonNode sources;
        if (urls == null || urls.isEmpty()) {
            sources = client.sources();
        } else {
            sources = client.register(path, urls);
            out.printf("registered %d %s%s%n", sources.size(), kind, sources.size() == 1 ? "" : "s");
        }
        int shown = 0;
        for (JsonNode source : sources) {
            if (!kind.equals(source.path("kind").asString())) {
                continue;
            }
            shown++;
            out.printf("  %s%n    %s%n", source.path("url").asString(), describe(source));
        }
        if (shown == 0) {
            out.printf("no %ss registered (./newsflow %s URL)%n", kind, path);
        }
        out.flush();
        return 0;
    }

    /** One line of a source's poll state: last answer, items found and queued, next poll. */
    static String describe(JsonNode source) {
        StringBuilder s = new StringBuilder();
        if (source.hasNonNull("lastPolledAt")) {
            s.append("last polled ").append(source.path("lastPolledAt").asString());
            if (source.hasNonNull("lastStatus")) {
                s.append(" (HTTP ").append(source.path("lastStatus").asInt()).append(')');
            }
            s.append(String.format(Locale.ROOT, ": %d items, %d new", source.path("itemsFound").asInt(),
                    source.path("itemsQueued").asInt()));
        } else {
            s.append("not polled yet");
        }
        if (source.hasNonNull("reason")) {
            s.append("; ").append(source.path("reason").asString());
        }
        s.append("; next poll ").append(source.path("nextPollAt").asString());
        return s.toString();
    }

    /** {@code newsflow bench fetch}: the crawler against many local virtual hosts, one of them slow. */
    @Command(name = "fetch", mixinStandardHelpOptions = true,
            description = {"Benchmark the fetcher's crawler with politeness on against many virtual hosts on this machine"
                    + " (127.0.1.x), one of them slow: pages/s, when the fast hosts were done next to the slow one, peak heap.",
                    "Publishing is counted, not sent to Kafka: this measures the fetcher."})
    static final class BenchFetchCommand implements Callable<Integer> {
        @Option(names = "--hosts", defaultValue = "50", description = "Virtual hosts (default: ${DEFAULT-VALUE}).")
        int hosts;

        @Option(names = "--pages", defaultValue = "40", description = "Pages per host (default: ${DEFAULT-VALUE}).")
        int pages;

        @Option(names = "--delay-ms", defaultValue = "100", description = "Politeness delay per host (default: ${DEFAULT-VALUE}).")
        long delayMs;

        @Option(names = "--slow-ms", defaultValue = "2000", description = "How long the slow host takes per page (default: ${DEFAULT-VALUE}).")
        long slowMs;

        @Override
        public Integer call() throws Exception {
            FetchBenchmark.run(hosts, pages, Duration.ofMillis(delayMs), Duration.ofMillis(slowMs));
            return 0;
        }
    }
}
