package dev.newsflow.cli;

import dev.newsflow.articles.ElasticsearchConnection;
import java.io.PrintWriter;
import java.util.List;
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
 * {@code newsflow trace URL|ID|TRACE-ID}: the way a page took, from the fetcher's ledger through every topic to
 * Elasticsearch, with the W3C trace id of each record (what the services' log lines carry as {@code trace_id}).
 */
@Command(name = "trace", mixinStandardHelpOptions = true,
        description = "The way one page took, with times: fetched (the fetcher's ledger), published, parsed, enriched, "
                + "indexed (version), or dead-lettered with its reason, each with the trace id of its record; "
                + "read from the ledger, the topics and Elasticsearch. Reads each topic from its start: slow on a "
                + "broker holding millions of pages.")
final class TraceCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "URL|ID", description = "The page's URL, its article id, or a trace id "
            + "(from a traceparent header or a log line's trace_id=).")
    String urlOrId;

    @Mixin
    KafkaOptions kafka;

    @Mixin
    ElasticsearchOptions index;

    @Mixin
    FetcherCommands.FetcherOptions fetcher;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        out.println(urlOrId);
        if (urlOrId.contains("://")) {
            out.println(ledgerLine());
        }
        List<PageTrace.Step> steps;
        try (ElasticsearchConnection es = ElasticsearchConnection.to(index.elasticsearch)) {
            steps = new PageTrace(kafka.bootstrap).trace(urlOrId, es.client(), index.alias);
        }
        List<String> traceIds = steps.stream().map(PageTrace.Step::traceId).filter(java.util.Objects::nonNull)
                .distinct().toList();
        if (!traceIds.isEmpty()) {
            // One per time the page entered the pipeline (dropped twice: two traces); grep the logs for trace_id=<id>.
            out.println("  trace " + String.join(", ", traceIds));
        }
        for (PageTrace.Step step : steps) {
            out.printf("  %-24s %-16s %s%s%n", step.at(), step.what(), step.detail(),
                    step.traceId() == null ? "" : ", trace " + step.traceId());
        }
        if (steps.isEmpty()) {
            out.println("  not on any topic (news.pages.raw and after) nor in Elasticsearch");
        }
        out.flush();
        return steps.isEmpty() ? 1 : 0;
    }

    /** The fetcher's word on the URL; a page dropped by hand was never in its ledger, and the fetcher may be down. */
    private String ledgerLine() {
        try {
            Optional<JsonNode> entry = fetcher.client().status(urlOrId);
            if (entry.isEmpty()) {
                return "  fetcher ledger: not there (dropped onto the topic directly, or never submitted)";
            }
            JsonNode e = entry.get();
            return "  %-24s %-16s %s".formatted(e.path("lastFetchedAt").asString("-"), "fetched",
                    "ledger: " + e.path("state").asString() + ", " + e.path("explanation").asString());
        } catch (IllegalStateException e) {
            return "  fetcher ledger: " + e.getMessage();
        }
    }
}
