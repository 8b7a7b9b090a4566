package dev.newsflow.enricher;

import dev.newsflow.enricher.topics.TopicFeatures;
import dev.newsflow.enricher.topics.TopicLexicon;
import dev.newsflow.enricher.topics.TopicModel;
import dev.newsflow.enricher.topics.WordTopicAffinity;
import dev.newsflow.model.TopicScore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Scores an article against the IPTC Media Topics top level: the learnt model's probabilities ({@link TopicModel},
 * trained by {@code ./newsflow train topics}), the descriptor score's ({@link WordTopicAffinity}: words the lexicon
 * does not list, read through word vectors) and the lexicon's shares ({@link TopicLexicon}) blended, the weights
 * chosen by cross-validation ({@code ./newsflow eval topics --cross-validate}, see {@code stages/enrich/TRAINING.md}).
 * Topics holding a fair share are kept, best first, at most {@value #MAX_TOPICS}; the scores sum to at most one.
 * A word of several senses ("Arsenal", "strike", "bank") never decides a topic alone: the lexicon only lets it back
 * a topic other words support, and neither the model nor the descriptor score sees it as a word on its own. An
 * article with no evidence for any topic gets none: the descriptor score only joins when the lexicon or the model
 * has found something.
 */
public final class TopicClassifier {

    /**
     * The parts of the blend: the learnt model's weight, the descriptor score's ({@link WordTopicAffinity}) and how
     * sharp that score's softmax is; the lexicon has the rest. Parts with no evidence in a text give their weight
     * to the others.
     */
    public record Blend(double modelWeight, double descriptorWeight, double sharpness) {
        public Blend {
            if (modelWeight < 0 || descriptorWeight < 0 || modelWeight + descriptorWeight > 1 + 1e-9) {
                throw new IllegalArgumentException("weights must be >= 0 and sum to at most 1: " + modelWeight
                        + ", " + descriptorWeight);
            }
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "model %.2f descriptor %.2f x%.0f", modelWeight,
                    descriptorWeight, sharpness);
        }
    }

    /** The blend shipped, chosen by cross-validation ({@code stages/enrich/TRAINING.md}, Topics). */
    public static final Blend DEFAULT_BLEND = new Blend(0.3, 0.3, 50);
    private static final double MIN_SHARE = 0.1;
    // with no lexicon term in the text, the model alone names a topic only when it is this sure: a few stray known
    // words ("sit", "amet") give a nearly even spread that says nothing
    private static final double MODEL_ALONE_MIN = 0.5;
    private static final int MAX_TOPICS = 4;

    private final TopicLexicon lexicon;
    private final TopicModel model;
    private final Blend blend;
    private final WordTopicAffinity affinity;
    private final TopicFeatures features;
    private final List<TopicLexicon.Topic> topics;

    /** The bundled lexicon and model with the default blend. */
    public TopicClassifier() {
        this(TopicModel.bundled());
    }

    /** The given model with the default blend. */
    public TopicClassifier(TopicModel model) {
        this(model, DEFAULT_BLEND);
    }

    /**
     * A blend of the given model ({@code modelWeight}, 0..1) and the bundled lexicon (the rest); a null model or a
     * weight of 0 is the lexicon alone.
     */
    public TopicClassifier(TopicModel model, double modelWeight) {
        this(model, new Blend(modelWeight, 0, 0));
    }

    /** The given model in the given blend with the bundled lexicon (and word-topic affinities, when weighed). */
    public TopicClassifier(TopicModel model, Blend blend) {
        this.lexicon = TopicLexicon.bundled();
        this.model = blend.modelWeight() > 0 ? model : null;
        this.blend = new Blend(model == null ? 0 : blend.modelWeight(), blend.descriptorWeight(), blend.sharpness());
        this.affinity = blend.descriptorWeight() > 0 ? WordTopicAffinity.bundled() : null;
        this.features = new TopicFeatures(lexicon);
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
        // the descriptor score joins only once the lexicon or the model found something: it never names a topic alone
        double[] described = affinity == null ? null
                : affinity.probabilities(features.contentWords(headline, body), blend.sharpness());
        // a part without evidence in this text gives its weight to the others
        double wl = lexiconHasEvidence ? 1 - blend.modelWeight() - blend.descriptorWeight() : 0;
        double wm = learnt == null ? 0 : blend.modelWeight();
        double wd = described == null ? 0 : blend.descriptorWeight();
        if (wl + wm + wd <= 0) {
            wl = lexiconHasEvidence ? 1 : 0;   // the lexicon weighed 0 but the only one with evidence
            wm = learnt == null || lexiconHasEvidence ? 0 : 1;
        }
        double total = wl + wm + wd;
        double[] blended = new double[topics.size()];
        for (int t = 0; t < blended.length; t++) {
            blended[t] = (wl * shares[t] + (learnt == null ? 0 : wm * learnt[t])
                    + (described == null ? 0 : wd * described[t])) / total;
        }
        List<TopicScore> out = new ArrayList<>();
        int best = 0;
        for (int t = 0; t < blended.length; t++) {
            best = blended[t] > blended[best] ? t : best;
            if (blended[t] >= MIN_SHARE) {
                out.add(score(t, blended[t]));
            }
        }
        if (out.isEmpty()) {
            out.add(score(best, blended[best]));   // no topic holds a fair share: the best one is still the primary topic
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
        return blend.modelWeight();
    }

    /** The blend's weights as used (the model's 0 without a model). */
    public Blend blend() {
        return blend;
    }

    /** The vocabulary's slugs in code order. */
    public List<String> slugs() {
        return topics.stream().map(TopicLexicon.Topic::slug).toList();
    }
}
