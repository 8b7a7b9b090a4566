package dev.newsflow.enricher.ner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Entity-level precision, recall and F1 with conlleval semantics (exact span and type). */
public final class NerScorer {

    /** Counts of one type (or of all). */
    public record Counts(int correct, int predicted, int gold) {
        public double precision() {
            return predicted == 0 ? 0 : 100.0 * correct / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : 100.0 * correct / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private final Map<String, int[]> byType = new TreeMap<>();

    /** Adds one sentence's gold and predicted tags (IOB1/IOB2 both read as conlleval does). */
    public void add(String[] gold, String[] predicted) {
        Set<String> g = entities(gold);
        Set<String> p = entities(predicted);
        for (String e : g) {
            counts(type(e))[2]++;
        }
        for (String e : p) {
            counts(type(e))[1]++;
            if (g.contains(e)) {
                counts(type(e))[0]++;
            }
        }
    }

    private int[] counts(String type) {
        return byType.computeIfAbsent(type, k -> new int[3]);
    }

    private static String type(String entity) {
        return entity.substring(entity.lastIndexOf(':') + 1);
    }

    /** Entities as "start:end:TYPE". A chunk starts at B-, or at I- whose type differs from the previous tag. */
    static Set<String> entities(String[] tags) {
        Set<String> out = new HashSet<>();
        String type = null;
        int start = -1;
        for (int i = 0; i <= tags.length; i++) {
            String t = i < tags.length && tags[i] != null ? tags[i] : "O";
            String prefix = t.equals("O") ? "O" : t.substring(0, 1);
            String ty = t.equals("O") ? null : t.substring(2);
            boolean continues = type != null && prefix.equals("I") && ty.equals(type);
            if (!continues) {
                if (type != null) {
                    out.add(start + ":" + i + ":" + type);
                }
                type = ty;
                start = i;
            }
        }
        return out;
    }

    /** Per-type counts and the overall counts under key {@code ALL}. */
    public Map<String, Counts> counts() {
        Map<String, Counts> out = new LinkedHashMap<>();
        int c = 0;
        int p = 0;
        int g = 0;
        for (Map.Entry<String, int[]> e : byType.entrySet()) {
            int[] v = e.getValue();
            out.put(e.getKey(), new Counts(v[0], v[1], v[2]));
            c += v[0];
            p += v[1];
            g += v[2];
        }
        out.put("ALL", new Counts(c, p, g));
        return out;
    }

    /** A conlleval-like report. */
    public String report() {
        List<String> lines = new ArrayList<>();
        counts().forEach((type, c) -> lines.add(String.format(Locale.ROOT,
                "%-5s precision %6.2f  recall %6.2f  F1 %6.2f  (gold %d, predicted %d, correct %d)",
                type, c.precision(), c.recall(), c.f1(), c.gold(), c.predicted(), c.correct())));
        return String.join("\n", lines);
    }
}
