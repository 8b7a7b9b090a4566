package dev.newsflow.enricher;

import dev.newsflow.enricher.ner.ModelLoadException;
import dev.newsflow.model.TopicScore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores an article against the IPTC Media Topics top level with lexicons written from the vocabulary's own
 * definitions and narrower concepts (no labelled articles): each matched term adds its weight, damped
 * logarithmically, three times over in the headline; the scores are shared out so they sum to one, and
 * topics holding a fair share are kept, best first. A term marked as having several senses ("Arsenal" the club or
 * the weapons, "strike", "bank") only adds to a topic that other, single-sense terms already support: it never
 * decides a topic alone.
 */
public final class TopicClassifier {

    /** Classpath location of the lexicon. */
    public static final String LEXICON = "/dev/newsflow/enricher/topics/iptc-media-topics.txt";
    private static final double HEADLINE_WEIGHT = 3.0;
    private static final double MIN_SHARE = 0.1;
    private static final int MAX_TOPICS = 4;

    private record Topic(String code, String slug, String label) {
    }

    /** A lexicon term; {@code severalSenses} when it only corroborates its topic ({@code ~} in the lexicon). */
    private record Term(int topic, String[] words, boolean prefix, double weight, boolean severalSenses) {
    }

    private final List<Topic> topics = new ArrayList<>();
    private final Map<String, List<Term>> byFirstWord = new HashMap<>();
    // prefix terms by their first three letters: "econom*" is found from "economy", "economic"...
    private final Map<String, List<Term>> prefixes = new HashMap<>();

    /** The bundled lexicon; throws {@link ModelLoadException} when it is missing or malformed. */
    public TopicClassifier() {
        try (InputStream in = TopicClassifier.class.getResourceAsStream(LEXICON)) {
            if (in == null) {
                throw new ModelLoadException("topic lexicon " + LEXICON + " is missing from the classpath");
            }
            read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException e) {
            if (e instanceof ModelLoadException mle) {
                throw mle;
            }
            throw new ModelLoadException("cannot read topic lexicon " + LEXICON + ": " + e, e);
        }
        if (topics.isEmpty()) {
            throw new ModelLoadException("topic lexicon " + LEXICON + " holds no topics");
        }
    }

    private void read(BufferedReader r) throws IOException {
        for (String line; (line = r.readLine()) != null; ) {
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("@")) {
                String[] parts = line.substring(1).split("\\|");
                topics.add(new Topic(parts[0].strip(), parts[1].strip(), parts[2].strip()));
                continue;
            }
            int topic = topics.size() - 1;
            for (String raw : line.split(",")) {
                String t = raw.strip();
                if (t.isEmpty()) {
                    continue;
                }
                double weight = 1;
                int colon = t.lastIndexOf(':');
                if (colon > 0 && t.substring(colon + 1).matches("[0-9.]+")) {
                    weight = Double.parseDouble(t.substring(colon + 1));
                    t = t.substring(0, colon);
                }
                boolean severalSenses = t.startsWith("~");
                if (severalSenses) {
                    t = t.substring(1);
                }
                boolean prefix = t.endsWith("*");
                if (prefix) {
                    t = t.substring(0, t.length() - 1);
                }
                String[] words = t.toLowerCase(Locale.ROOT).split("\\s+");
                Term term = new Term(topic, words, prefix, weight, severalSenses);
                if (prefix && words.length == 1) {
                    prefixes.computeIfAbsent(key3(words[0]), k -> new ArrayList<>()).add(term);
                } else {
                    byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(term);
                }
            }
        }
    }

    private static String key3(String w) {
        return w.length() <= 3 ? w : w.substring(0, 3);
    }

    /** Topics best first; empty when nothing matched. */
    public List<TopicScore> classify(String headline, String body) {
        double[] raw = new double[topics.size()];
        Map<Term, Integer> headCounts = new HashMap<>();
        Map<Term, Integer> bodyCounts = new HashMap<>();
        count(words(headline), headCounts);
        count(words(body), bodyCounts);
        double[] corroborating = new double[topics.size()];
        bodyCounts.forEach((term, n) -> (term.severalSenses() ? corroborating : raw)[term.topic()]
                += term.weight() * (1 + Math.log(n)));
        headCounts.forEach((term, n) -> (term.severalSenses() ? corroborating : raw)[term.topic()]
                += HEADLINE_WEIGHT * term.weight() * (1 + Math.log(n)));
        for (int t = 0; t < raw.length; t++) {
            if (raw[t] > 0) {
                raw[t] += corroborating[t];   // a word of several senses only backs what other words say
            }
        }
        double total = 0;
        for (double v : raw) {
            total += v;
        }
        if (total <= 0) {
            return List.of();
        }
        List<TopicScore> out = new ArrayList<>();
        for (int t = 0; t < raw.length; t++) {
            double share = raw[t] / total;
            if (share >= MIN_SHARE) {
                Topic topic = topics.get(t);
                out.add(new TopicScore(topic.code(), topic.slug(), topic.label(), Math.round(share * 1000) / 1000.0));
            }
        }
        out.sort(Comparator.comparingDouble(TopicScore::score).reversed());
        if (out.isEmpty()) {
            // no topic holds a fair share: the best one is still the primary topic
            int best = 0;
            for (int t = 1; t < raw.length; t++) {
                best = raw[t] > raw[best] ? t : best;
            }
            Topic topic = topics.get(best);
            out.add(new TopicScore(topic.code(), topic.slug(), topic.label(), Math.round(raw[best] / total * 1000) / 1000.0));
        }
        return out.size() > MAX_TOPICS ? out.subList(0, MAX_TOPICS) : out;
    }

    /** The vocabulary's slugs in code order. */
    public List<String> slugs() {
        return topics.stream().map(Topic::slug).toList();
    }

    private static String[] words(String text) {
        return text == null ? new String[0]
                : text.toLowerCase(Locale.ROOT).replace('’', '\'').split("[^\\p{L}\\p{N}'-]+");
    }

    private void count(String[] words, Map<Term, Integer> counts) {
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.isEmpty()) {
                continue;
            }
            if (w.endsWith("'s")) {
                w = w.substring(0, w.length() - 2);
            }
            List<Term> terms = byFirstWord.get(w);
            if (terms != null) {
                for (Term t : terms) {
                    if (matches(t, words, i)) {
                        counts.merge(t, 1, Integer::sum);
                    }
                }
            }
            List<Term> pre = prefixes.get(key3(w));
            if (pre != null) {
                for (Term t : pre) {
                    if (w.startsWith(t.words()[0]) && (terms == null || !terms.contains(t))) {
                        counts.merge(t, 1, Integer::sum);
                    }
                }
            }
        }
    }

    private static boolean matches(Term t, String[] words, int i) {
        if (i + t.words().length > words.length) {
            return false;
        }
        for (int k = 1; k < t.words().length; k++) {
            String w = words[i + k];
            String want = t.words()[k];
            boolean last = k == t.words().length - 1;
            if (!(w.equals(want) || (last && t.prefix() && w.startsWith(want)) || w.equals(want + "s"))) {
                return false;
            }
        }
        return true;
    }

    /** For reports: raw lexicon size per topic slug. */
    Map<String, Integer> lexiconSizes() {
        Map<String, Integer> sizes = new TreeMap<>();
        byFirstWord.values().stream().flatMap(List::stream)
                .forEach(t -> sizes.merge(topics.get(t.topic()).slug(), 1, Integer::sum));
        prefixes.values().stream().flatMap(List::stream)
                .forEach(t -> sizes.merge(topics.get(t.topic()).slug(), 1, Integer::sum));
        return sizes;
    }
}
