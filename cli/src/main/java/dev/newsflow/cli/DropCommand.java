package dev.newsflow.cli;

import dev.newsflow.messaging.TraceContext;
import dev.newsflow.model.Topics;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.RecordMetadata;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsflow drop FILE|DIR...}: puts pages on news.pages.raw, as a person with kafka-console-producer would. */
@Command(name = "drop", mixinStandardHelpOptions = true,
        description = {
            "Drop pages on " + Topics.PAGES_RAW + ": .html/.htm/.txt files as a bare body with the URL in the "
                    + "'newsflow-url' header, .json files as RawPage envelopes, as they are.",
            "The URL comes from --url, else a sidecar FILE.url, else the first line of a text file or the canonical "
                    + "link (og:url) of an HTML page; a file naming none gets https://local.newsflow/<file name>."})
public final class DropCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Page files, or directories of them (recursive).")
    List<Path> paths;

    @Option(names = "--url", paramLabel = "URL", description = "The page URL (only with a single file).")
    String url;

    @Mixin
    KafkaOptions kafka;

    @Option(names = "--source", defaultValue = "manual", description = "The 'newsflow-source' header (default: ${DEFAULT-VALUE}).")
    String source;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<Path> files = PageFile.expand(paths);
        if (url != null && files.size() != 1) {
            throw new IllegalArgumentException("--url names one page, but " + files.size() + " files were given");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<PageFile> pages = new ArrayList<>();
        for (Path file : files) {
            try {
                pages.add(PageFile.read(file, url));
            } catch (IllegalArgumentException e) {
                // a folder of pages may hold other JSON (an index, a manifest): skip it rather than drop nothing
                if (paths.contains(file) || !PageFile.extension(file).equals("json")) {
                    throw e;
                }
                err.printf("skipped %s: %s%n", file, e.getMessage());
            }
        }
        int failed = 0;
        try (PageDropper dropper = new PageDropper(kafka.bootstrap)) {
            // Every page is sent before the first acknowledgement is awaited, so a folder goes out in batches rather
            // than one round trip per page; each acknowledgement is still checked, in order, before "dropped" is said.
            List<TraceContext> traces = new ArrayList<>(pages.size());
            List<Future<RecordMetadata>> acks = new ArrayList<>(pages.size());
            for (PageFile page : pages) {
                // The page's trace starts here: ./newsflow trace <id>, or grep trace_id=<id> in the services' logs.
                TraceContext trace = TraceContext.start();
                traces.add(trace);
                acks.add(dropper.dispatch(page, source, trace));
                if (acks.size() == 1) {
                    // the first page alone: a broker that is down or refuses the topic fails the command once, at
                    // once, rather than once per page
                    dropper.await(acks.getFirst());
                }
            }
            for (int i = 0; i < pages.size(); i++) {
                PageFile page = pages.get(i);
                RecordMetadata ack;
                try {
                    ack = dropper.await(acks.get(i));
                } catch (IllegalStateException e) {
                    failed++;
                    err.printf("NOT dropped %s: %s%n", page.file(), e.getMessage());
                    continue;
                }
                out.printf("dropped %s -> %s-%d@%d  %s (%s), trace %s%n", page.file(), ack.topic(), ack.partition(),
                        ack.offset(), page.url(),
                        page.envelope() ? "JSON envelope" : page.contentType() + ", URL from " + page.urlOrigin(),
                        traces.get(i).traceId());
                if (page.placeholderUrl()) {
                    err.printf("note: %s names no URL; used %s. Pass --url or write a %s.url sidecar"
                            + " to give it its real address.%n", page.file(), page.url(), page.file().getFileName());
                }
            }
        }
        if (failed > 0) {
            err.printf("%d of %d pages were NOT dropped (see above); the others were.%n", failed, pages.size());
            err.flush();
            out.flush();
            return 1;
        }
        out.flush();
        return 0;
    }
}
