package dev.newsflow.enricher;

import dev.newsflow.enricher.topics.TopicLexicon;
import dev.newsflow.enricher.topics.TopicModel;
import dev.newsflow.model.TopicScore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Scores an article against the IPTC Media Topics top level: the learnt model's probabilities ({@link TopicModel},
 * trained by {@code ./newsflow train topics}) blended with the lexicon's shares ({@link TopicLexicon}), the blend
 * chosen by cross-validation ({@code ./newsflow eval topics --cross-validate}, see {@code stages/enrich/TRAINING.md}).
 * Topics holding a fair share are kept, best first, at most {@value #MAX_TOPICS}; the scores sum to at most one.
 * A word of several senses ("Arsenal", "strike", "bank") never decides a topic alone: the lexicon only lets it back
 * a topic other words support, and the model never sees it as a word on its own. An article with no evidence for
 * any topic gets none.
 */
public final class TopicClassifier {

    /** The model's part of the blend by default; the lexicon has the rest. */
    public static final double DEFAULT_MODEL_WEIGHT = 0.2;
    private static final double MIN_SHARE = 0.1;
    // with no lexicon term in the text, the model alone names a topic only when it is this sure: a few stray known
    // words ("sit", "amet") give a nearly even spread that says nothing
    private static final double MODEL_ALONE_MIN = 0.5;
    private static final int MAX_TOPICS = 4;

    private final TopicLexicon lexicon;
    private final TopicModel model;
    private final double modelWeight;
    private final List<TopicLexicon.Topic> topics;

    /** The bundled lexicon and model with the default blend. */
    public TopicClassifier() {
        this(TopicModel.bundled());
    }

    /** The given model with the default blend. */
    public TopicClassifier(TopicModel model) {
        this(model, DEFAULT_MODEL_WEIGHT);
    }

    /**
     * A blend of the given model ({@code modelWeight}, 0..1) and the bundled lexicon (the rest); a null model or a
     * weight of 0 is the lexicon alone.
     */
    public TopicClassifier(TopicModel model, double modelWeight) {
        if (modelWeight < 0 || modelWeight > 1) {
            throw new IllegalArgumentException("model weight must be in 0..1: " + modelWeight);
        }
        this.lexicon = TopicLexicon.bundled();
        this.model = modelWeight > 0 ? model : null;
        this.modelWeight = model == null ? 0 : modelWeight;
        this.topics = lexicon.topics();
    }

    /** The lexicon alone, as before the model (for comparisons). */
    public static TopicClassifier lexiconOnly() {
        return new TopicClassifier(null, 0);
    }

    /** Topics best first; empty when nothing in the text speaks for any topic. */
    public List<TopicScore> classify(String headline, String body) {
        double[] shares = lexicon.shares(headline, body);
        boolean lexiconHasEvidence = sum(shares) > 0;
        double[] learnt = model == null ? null : model.probabilities(headline, body);
        if (!lexiconHasEvidence && (learnt == null || max(learnt) < MODEL_ALONE_MIN)) {
            return List.of();
        }
        double[] blend = new double[topics.size()];
        // without lexicon evidence the model speaks alone, and the other way round
        double w = learnt == null ? 0 : lexiconHasEvidence ? modelWeight : 1;
        for (int t = 0; t < blend.length; t++) {
            blend[t] = (1 - w) * shares[t] + (learnt == null ? 0 : w * learnt[t]);
        }
        List<TopicScore> out = new ArrayList<>();
        int best = 0;
        for (int t = 0; t < blend.length; t++) {
            best = blend[t] > blend[best] ? t : best;
            if (blend[t] >= MIN_SHARE) {
                out.add(score(t, blend[t]));
            }
        }
        if (out.isEmpty()) {
            out.add(score(best, blend[best]));   // no topic holds a fair share: the best one is still the primary topic
        }
        out.sort(Comparator.comparingDouble(TopicScore::score).reversed());
        return out.size() > MAX_TOPICS ? List.copyOf(out.subList(0, MAX_TOPICS)) : out;
    }

    private TopicScore score(int t, double value) {
        TopicLexicon.Topic topic = topics.get(t);
        return new TopicScore(topic.code(), topic.slug(), topic.label(), Math.round(value * 1000) / 1000.0);
    }

    private static double max(double[] v) {
        double m = 0;
        for (double x : v) {
            m = Math.max(m, x);
        }
        return m;
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }

    /** The model's part of the blend (0 for the lexicon alone). */
    public double modelWeight() {
        return modelWeight;
    }

    /** The vocabulary's slugs in code order. */
    public List<String> slugs() {
        return topics.stream().map(TopicLexicon.Topic::slug).toList();
    }
}
