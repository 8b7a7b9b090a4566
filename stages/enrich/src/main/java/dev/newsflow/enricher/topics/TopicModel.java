package dev.newsflow.enricher.topics;

import dev.newsflow.enricher.ner.ModelLoadException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.MaxentModel;

/**
 * The learnt topic classifier: an OpenNLP document categorizer (maximum entropy) over {@link TopicFeatures},
 * trained by {@link TopicTrainer}. Gives each IPTC top-level topic a probability, in the lexicon's topic order.
 * Thread-safe: OpenNLP's evaluation keeps no state between calls.
 */
public final class TopicModel {

    /** Classpath location of the shipped model (attribution beside it, {@code topics/ATTRIBUTION.md}). */
    public static final String BUNDLED = "/dev/newsflow/enricher/topics/topic-model.bin";

    private final DoccatModel model;
    private final DocumentCategorizerME categorizer;
    private final TopicFeatures features;
    private final Map<?, ?> knownFeatures;
    private final boolean usesClusters;
    // our topic index -> the model's outcome index, -1 for a topic the training data never held
    private final int[] outcomeOf;

    public TopicModel(DoccatModel model, TopicLexicon lexicon) {
        this.model = model;
        this.categorizer = new DocumentCategorizerME(model);
        MaxentModel maxent = model.getMaxentModel();
        // OpenNLP's models keep their feature ("predicate") map as the second of their data structures
        this.knownFeatures = maxent instanceof AbstractModel am && am.getDataStructures()[1] instanceof Map<?, ?> m
                ? m : null;
        // a model that learnt word-cluster features is asked with them; an older one without
        this.usesClusters = knownFeatures != null && knownFeatures.keySet().stream()
                .anyMatch(k -> k.toString().startsWith("bow=" + TopicFeatures.CLUSTER_PREFIX));
        this.features = new TopicFeatures(lexicon, usesClusters ? WordTopicAffinity.bundled() : null);
        List<TopicLexicon.Topic> topics = lexicon.topics();
        this.outcomeOf = new int[topics.size()];
        for (int t = 0; t < topics.size(); t++) {
            outcomeOf[t] = categorizer.getIndex(topics.get(t).slug());
        }
        for (int o = 0; o < categorizer.getNumberOfCategories(); o++) {
            String slug = categorizer.getCategory(o);
            if (topics.stream().noneMatch(t -> t.slug().equals(slug))) {
                throw new ModelLoadException("topic model knows a topic the lexicon does not: " + slug);
            }
        }
    }

    /** The shipped model; throws {@link ModelLoadException} when it is missing or unreadable. */
    public static TopicModel bundled() {
        try (InputStream in = TopicModel.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new ModelLoadException("topic model " + BUNDLED + " is missing from the classpath"
                        + " (train it: ./newsflow train topics)");
            }
            return new TopicModel(new DoccatModel(in), TopicLexicon.bundled());
        } catch (IOException e) {
            throw new ModelLoadException("cannot read topic model " + BUNDLED + ": " + e, e);
        }
    }

    public static TopicModel read(Path file) throws IOException {
        return new TopicModel(new DoccatModel(file), TopicLexicon.bundled());
    }

    public void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            model.serialize(out);
        }
    }

    /**
     * Each topic's probability in the lexicon's topic order, or {@code null} when the article holds no feature the
     * model learnt (then it would only repeat the training data's prior).
     */
    public double[] probabilities(String headline, String body) {
        String[] f = features.of(headline, body);
        if (knownFeatures != null && !anyKnown(f)) {
            return null;
        }
        f = TopicFeatures.withBias(f);
        double[] byOutcome = categorizer.categorize(f);
        double[] out = new double[outcomeOf.length];
        for (int t = 0; t < out.length; t++) {
            out[t] = outcomeOf[t] < 0 ? 0 : byOutcome[outcomeOf[t]];
        }
        return out;
    }

    /** Whether the model learnt word-cluster features ({@link TopicTrainer.Options#clusters}). */
    public boolean usesClusters() {
        return usesClusters;
    }

    private boolean anyKnown(String[] f) {
        for (String s : f) {
            // the bag-of-words generator names each feature "bow=" + the word (or cluster: a word never seen in
            // training speaks through its cluster-mates)
            if (knownFeatures.containsKey("bow=" + s)) {
                return true;
            }
        }
        return false;
    }
}
