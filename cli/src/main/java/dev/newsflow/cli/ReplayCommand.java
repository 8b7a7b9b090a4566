package dev.newsflow.cli;

import dev.newsflow.model.Topics;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsflow replay [TOPIC] [--since WHEN]}: sends again what a topic holds; see {@link TopicReplayer}. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {
            "Send again what a topic still holds, so the pipeline processes it once more. Records keep their key, value"
                    + " and headers; dead letters go back to the topic they came from, without their dead-letter headers.",
            "After a parser or enricher upgrade: restart the indexer with PIPELINE_GENERATION raised by one, then"
                    + " './newsflow replay' (raw pages) re-parses everything and replaces the documents in place.",
            "After fixing what a stage rejected: './newsflow replay news.dlq.parser'."})
public final class ReplayCommand implements Callable<Integer> {

    private static final Pattern AGO = Pattern.compile("(\\d+)([smhd])");

    @Parameters(arity = "0..1", paramLabel = "TOPIC", defaultValue = Topics.PAGES_RAW,
            description = "Topic to replay (default: ${DEFAULT-VALUE}); a news.dlq.* topic sends each dead letter back"
                    + " to its original topic.")
    String topic;

    @Option(names = "--since", paramLabel = "WHEN",
            description = "Only records written since then: 2026-11-01, 2026-11-01T08:00:00Z, or an age such as 30m,"
                    + " 24h, 7d (default: everything the topic still holds).")
    String since;

    @Mixin
    KafkaOptions kafka;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Instant from = since == null ? null : parseSince(since, Instant.now());
        PrintWriter out = spec.commandLine().getOut();
        try (TopicReplayer replayer = new TopicReplayer(kafka.bootstrap)) {
            TopicReplayer.Result result = replayer.replay(topic, from);
            if (result.records() == 0) {
                out.printf("nothing to replay: %s holds no records%s%n", topic, from == null ? "" : " written since " + from);
            } else {
                result.sentTo().forEach((target, n) -> out.printf("replayed %d record%s of %s -> %s%n", n,
                        n == 1 ? "" : "s", topic, target));
            }
        }
        out.flush();
        return 0;
    }

    /** "2026-11-01" (midnight UTC), an ISO instant or offset date-time, or an age: "30m", "24h", "7d". */
    static Instant parseSince(String when, Instant now) {
        String w = when.strip().toLowerCase(Locale.ROOT);
        Matcher ago = AGO.matcher(w);
        if (ago.matches()) {
            long n = Long.parseLong(ago.group(1));
            Duration d = switch (ago.group(2)) {
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
            return now.minus(d);
        }
        try {
            return w.length() == 10 ? LocalDate.parse(w).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : OffsetDateTime.parse(when.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--since " + when + ": expected a date (2026-11-01), a date-time with"
                    + " its offset (2026-11-01T08:00:00Z) or an age (30m, 24h, 7d)");
        }
    }
}
