package dev.newsflow.enricher.topics;

import dev.newsflow.enricher.ner.ModelLoadException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The descriptor-embedding ("dataless") topic score: each of the 50,000 most frequent GloVe words has an affinity
 * to each topic, its cosine to the mean vector of that topic's lexicon terms (centred per topic), and a document's
 * score for a topic is the mean affinity of its content words. A word the lexicon does not list ("handset",
 * "broadband", "mps") still speaks for the topics whose terms it sits among in the vectors; shipping the
 * affinities (17 bytes a word) instead of the vectors gives the same dot product. Written by
 * {@code stages/enrich/tools/topic_affinity.py}; the file also holds each word's fine word cluster (the clusters
 * the NER model uses), which the learnt model may take as features. Words of several senses are skipped by the
 * callers ({@link TopicFeatures#contentWords}), so they never speak alone here either. Immutable, thread-safe.
 */
public final class WordTopicAffinity {

    /** Classpath location of the table (provenance in its header and in {@code ATTRIBUTION.md}). */
    public static final String BUNDLED = "/dev/newsflow/enricher/topics/topic-word-affinity.tsv.gz";
    /** A word without a cluster or affinities. */
    public static final int UNKNOWN = -1;

    private final Map<String, Integer> index;
    private final byte[] affinities;   // word index * topics + topic
    private final short[] clusters;
    private final int topics;
    private final double scale;

    private static volatile WordTopicAffinity bundled;

    private WordTopicAffinity(Map<String, Integer> index, byte[] affinities, short[] clusters, int topics, double scale) {
        this.index = index;
        this.affinities = affinities;
        this.clusters = clusters;
        this.topics = topics;
        this.scale = scale;
    }

    /** The shipped table, read once; throws {@link ModelLoadException} when it is missing or does not fit the lexicon. */
    public static WordTopicAffinity bundled() {
        WordTopicAffinity table = bundled;
        if (table == null) {
            synchronized (WordTopicAffinity.class) {
                table = bundled;
                if (table == null) {
                    table = read(TopicLexicon.bundled());
                    bundled = table;
                }
            }
        }
        return table;
    }

    private static WordTopicAffinity read(TopicLexicon lexicon) {
        List<String> slugs = lexicon.slugs();
        try (InputStream in = WordTopicAffinity.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new ModelLoadException("word-topic affinities " + BUNDLED + " are missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in, 1 << 16),
                    StandardCharsets.UTF_8));
            Map<String, Integer> index = new HashMap<>(1 << 17);
            byte[] affinities = new byte[1 << 20];
            short[] clusters = new short[1 << 16];
            double scale = Double.NaN;
            int n = 0;
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("# topics: ")) {
                    if (!List.of(line.substring(10).split(",")).equals(slugs)) {
                        throw new ModelLoadException("word-topic affinities were written for other topics than the "
                                + "lexicon's: " + line + " (rebuild with stages/enrich/tools/topic_affinity.py)");
                    }
                    continue;
                }
                if (line.startsWith("# scale ")) {
                    scale = Double.parseDouble(line.substring(8).strip());
                    continue;
                }
                if (line.startsWith("#") || line.isEmpty()) {
                    continue;
                }
                int tab1 = line.indexOf('\t');
                int tab2 = line.indexOf('\t', tab1 + 1);
                String[] values = line.substring(tab2 + 1).split(",");
                if (tab1 <= 0 || tab2 < 0 || values.length != slugs.size()) {
                    throw new ModelLoadException("malformed line in " + BUNDLED + ": " + line);
                }
                if ((n + 1) * slugs.size() > affinities.length) {
                    affinities = java.util.Arrays.copyOf(affinities, affinities.length * 2);
                }
                if (n >= clusters.length) {
                    clusters = java.util.Arrays.copyOf(clusters, clusters.length * 2);
                }
                for (int t = 0; t < values.length; t++) {
                    affinities[n * slugs.size() + t] = (byte) Integer.parseInt(values[t]);
                }
                clusters[n] = Short.parseShort(line.substring(tab1 + 1, tab2));
                index.put(line.substring(0, tab1), n++);
            }
            if (Double.isNaN(scale) || n == 0) {
                throw new ModelLoadException(BUNDLED + " holds no scale line or no words");
            }
            return new WordTopicAffinity(index, java.util.Arrays.copyOf(affinities, n * slugs.size()),
                    java.util.Arrays.copyOf(clusters, n), slugs.size(), scale);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ModelLoadException mle) {
                throw mle;
            }
            throw new ModelLoadException("cannot read word-topic affinities " + BUNDLED + ": " + e, e);
        }
    }

    /** The fine word cluster of a lower-cased word, or {@link #UNKNOWN}. */
    public int cluster(String word) {
        Integer i = index.get(word);
        return i == null ? UNKNOWN : clusters[i];
    }

    /**
     * Each topic's probability by the descriptor score, in the lexicon's topic order: a softmax of the content
     * words' mean affinity times {@code sharpness}; {@code null} when no content word is known.
     */
    public double[] probabilities(List<String> contentWords, double sharpness) {
        double[] sum = new double[topics];
        int known = 0;
        for (String w : contentWords) {
            Integer i = index.get(w);
            if (i == null) {
                continue;
            }
            known++;
            int base = i * topics;
            for (int t = 0; t < topics; t++) {
                sum[t] += affinities[base + t];
            }
        }
        if (known == 0) {
            return null;
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int t = 0; t < topics; t++) {
            sum[t] = sharpness * scale * sum[t] / known;
            max = Math.max(max, sum[t]);
        }
        double z = 0;
        for (int t = 0; t < topics; t++) {
            sum[t] = Math.exp(sum[t] - max);
            z += sum[t];
        }
        for (int t = 0; t < topics; t++) {
            sum[t] /= z;
        }
        return sum;
    }

    /** Words in the table. */
    public int size() {
        return index.size();
    }
}
