package dev.newsflow.parser.eval;

import dev.newsflow.parser.extract.Dates;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Match rates of extracted metadata against expected metadata, counted over the pages whose ground truth
 * declares the field: headline (exact after collapsing whitespace), byline (the same set of name words, "by"
 * and "and" ignored, case-insensitive) and published time (the same instant, or the same UTC day when either
 * side gives only a date).
 */
public final class MetadataScorer {

    private static final Set<String> BYLINE_NOISE = Set.of("by", "and", "the");

    private MetadataScorer() {
    }

    /** One field's figures: pages that declare it, matches, and the ids that did not match. */
    public record Rate(int declared, int matched, List<String> misses) {
        public double rate() {
            return declared == 0 ? 0 : (double) matched / declared;
        }
    }

    /** Figures for headline ("title"), byline and publishedTime. */
    public record Result(Rate headline, Rate byline, Rate date) {
    }

    public static Result evaluate(Map<String, JsonNode> truth, Map<String, JsonNode> predictions) {
        Counter headline = new Counter();
        Counter byline = new Counter();
        Counter date = new Counter();
        for (String id : new TreeSet<>(truth.keySet())) {
            JsonNode t = truth.get(id);
            JsonNode p = predictions.get(id);
            String expectedTitle = Predictions.field(t, "title");
            if (expectedTitle != null) {
                headline.count(id, normalise(expectedTitle).equals(normalise(Predictions.field(p, "title"))));
            }
            String expectedByline = Predictions.field(t, "byline");
            if (expectedByline != null) {
                byline.count(id, nameWords(expectedByline).equals(nameWords(Predictions.field(p, "byline"))));
            }
            String expectedDate = Predictions.field(t, "publishedTime");
            if (expectedDate != null && Dates.parse(expectedDate) != null) {
                date.count(id, sameDate(expectedDate, Predictions.field(p, "publishedTime")));
            }
        }
        return new Result(headline.rate(), byline.rate(), date.rate());
    }

    private static String normalise(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

    static Set<String> nameWords(String byline) {
        if (byline == null) {
            return Set.of();
        }
        return Arrays.stream(byline.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'’-]+"))
                .filter(w -> !w.isEmpty() && !BYLINE_NOISE.contains(w))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static boolean sameDate(String expected, String predicted) {
        Instant e = Dates.parse(expected);
        Instant p = predicted == null ? null : Dates.parse(predicted);
        if (e == null || p == null) {
            return false;
        }
        if (e.equals(p)) {
            return true;
        }
        boolean dateOnly = expected.strip().length() <= 10 || predicted.strip().length() <= 10;
        return dateOnly && e.atOffset(ZoneOffset.UTC).toLocalDate().equals(p.atOffset(ZoneOffset.UTC).toLocalDate());
    }

    private static final class Counter {
        int declared;
        int matched;
        final java.util.ArrayList<String> misses = new java.util.ArrayList<>();

        void count(String id, boolean ok) {
            declared++;
            if (ok) {
                matched++;
            } else {
                misses.add(id);
            }
        }

        Rate rate() {
            return new Rate(declared, matched, List.copyOf(misses));
        }
    }
}
