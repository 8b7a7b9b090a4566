package dev.newsflow.enricher.topics;

import dev.newsflow.enricher.ner.ModelLoadException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The IPTC Media Topics top level (codes, slugs, labels) and a lexicon per topic written from the vocabulary's own
 * definitions and narrower concepts (no labelled articles): each matched term adds its weight, damped
 * logarithmically, three times over in the headline, and the scores are shared out so they sum to one. A term
 * marked as having several senses ("Arsenal" the club or the weapons, "strike", "bank") only adds to a topic that
 * other, single-sense terms already support: it never decides a topic alone. The learnt model
 * ({@link TopicModel}) reads the same marks and never sees such a word alone.
 */
public final class TopicLexicon {

    /** Classpath location of the lexicon. */
    public static final String LEXICON = "/dev/newsflow/enricher/topics/iptc-media-topics.txt";
    private static final double HEADLINE_WEIGHT = 3.0;

    /** A top-level topic of the vocabulary. */
    public record Topic(String code, String slug, String label) {
    }

    /** A lexicon term; {@code severalSenses} when it only corroborates its topic ({@code ~} in the lexicon). */
    private record Term(int topic, String[] words, boolean prefix, double weight, boolean severalSenses) {
    }

    private final List<Topic> topics = new ArrayList<>();
    private final Map<String, List<Term>> byFirstWord = new HashMap<>();
    // prefix terms by their first three letters: "econom*" is found from "economy", "economic"...
    private final Map<String, List<Term>> prefixes = new HashMap<>();
    // words of several senses: whole words, and prefixes ("arsenal" from "~arsenal*")
    private final Set<String> severalSensesWords = new HashSet<>();
    // by their first three letters, as the prefix terms: a word is checked against a few, not all of them
    private final Map<String, List<String>> severalSensesPrefixes = new HashMap<>();
    private final List<String> shortSeveralSensesPrefixes = new ArrayList<>();   // under three letters

    private static volatile TopicLexicon bundled;

    /** The bundled lexicon, read once; throws {@link ModelLoadException} (not an initializer error) when it is unreadable. */
    public static TopicLexicon bundled() {
        TopicLexicon lexicon = bundled;
        if (lexicon == null) {
            synchronized (TopicLexicon.class) {
                lexicon = bundled;
                if (lexicon == null) {
                    lexicon = new TopicLexicon();
                    bundled = lexicon;
                }
            }
        }
        return lexicon;
    }

    /** The bundled lexicon; throws {@link ModelLoadException} when it is missing or malformed. */
    private TopicLexicon() {
        try (InputStream in = TopicLexicon.class.getResourceAsStream(LEXICON)) {
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
                if (severalSenses && words.length == 1) {
                    if (prefix) {
                        if (words[0].length() < 3) {
                            shortSeveralSensesPrefixes.add(words[0]);
                        } else {
                            severalSensesPrefixes.computeIfAbsent(key3(words[0]), k -> new ArrayList<>())
                                    .add(words[0]);
                        }
                    } else {
                        severalSensesWords.add(words[0]);
                    }
                }
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

    /**
     * Each topic's share of the lexicon's evidence, in {@link #topics()} order, summing to one; all zero when no
     * single-sense term matched.
     */
    public double[] shares(String headline, String body) {
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
            // a word of several senses only backs what other words say, and at most doubles it: "Labour" ten times in a
            // political story does not make one mention of "jobs" a labour story
            raw[t] += Math.min(corroborating[t], raw[t]);
        }
        double total = 0;
        for (double v : raw) {
            total += v;
        }
        if (total > 0) {
            for (int t = 0; t < raw.length; t++) {
                raw[t] /= total;
            }
        }
        return raw;
    }

    /** The vocabulary's top level in code order. */
    public List<Topic> topics() {
        return List.copyOf(topics);
    }

    /** Whether the lexicon marks this lower-cased word as one of several senses ({@code ~}): it decides nothing alone. */
    public boolean hasSeveralSenses(String word) {
        if (severalSensesWords.contains(word)) {
            return true;
        }
        // a prefix of three letters or more shares the word's first three
        List<String> candidates = word.length() < 3 ? null : severalSensesPrefixes.get(key3(word));
        if (candidates != null) {
            for (String p : candidates) {
                if (word.startsWith(p)) {
                    return true;
                }
            }
        }
        for (String p : shortSeveralSensesPrefixes) {
            if (word.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /** The vocabulary's slugs in code order. */
    public List<String> slugs() {
        return topics.stream().map(Topic::slug).toList();
    }

    private static String[] words(String text) {
        return text == null ? new String[0]
                : TopicWords.split(text.toLowerCase(Locale.ROOT).replace('’', '\''));
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
}
