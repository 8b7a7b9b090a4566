package dev.newsflow.enricher.topics;

import dev.newsflow.enricher.ner.ConllCorpus;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Weak supervision: labels unlabelled news text with the lexicon where the lexicon is sure, so that the model learns
 * the vocabulary that comes with those topics and that no lexicon lists. The GMB files hold Voice of America
 * stories sentence after sentence with no document boundaries, so the text is cut into windows of consecutive
 * sentences (a window may straddle two stories: that is part of the labels' noise). A window is labelled only when
 * the lexicon's best topic holds at least {@code minShare} of its evidence and {@code minRatio} times the second's;
 * the rest is left out, not guessed.
 */
public final class WeakLabeller {

    /** How sure the lexicon must be to label a window. */
    public record Confidence(double minShare, double minRatio) {
    }

    private final TopicLexicon lexicon;

    public WeakLabeller(TopicLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The sentences of the documents, cut into texts of {@code size} consecutive sentences (the last may be shorter). */
    public static List<String> windows(List<ConllCorpus.Document> docs, int size) {
        List<String> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int n = 0;
        for (ConllCorpus.Document d : docs) {
            for (ConllCorpus.Sentence s : d.sentences()) {
                for (String w : s.words()) {
                    text.append(w).append(' ');
                }
                if (++n == size) {
                    out.add(text.toString().strip());
                    text.setLength(0);
                    n = 0;
                }
            }
        }
        if (n > 0) {
            out.add(text.toString().strip());
        }
        return out;
    }

    /**
     * The texts the lexicon is sure of, with its best topic as label; the others are dropped. With
     * {@code maxPerTopic} > 0, only that many of each topic are kept, those the lexicon is surest of (its best
     * share): the news is mostly politics and conflict, and the rarer topics' least sure windows are the noisiest.
     * The kept texts stay in their order in the input.
     */
    public List<TopicCorpus.Document> label(List<String> texts, Confidence confidence, int maxPerTopic) {
        List<TopicLexicon.Topic> topics = lexicon.topics();
        List<TopicCorpus.Document> out = new ArrayList<>();
        List<Double> sureness = new ArrayList<>();
        for (String text : texts) {
            double[] shares = lexicon.shares("", text);
            int best = 0;
            int second = -1;
            for (int t = 1; t < shares.length; t++) {
                if (shares[t] > shares[best]) {
                    second = best;
                    best = t;
                } else if (second < 0 || shares[t] > shares[second]) {
                    second = t;
                }
            }
            double runnerUp = second < 0 ? 0 : shares[second];
            if (shares[best] >= confidence.minShare() && shares[best] >= confidence.minRatio() * runnerUp) {
                out.add(new TopicCorpus.Document(topics.get(best).slug(), "", text));
                sureness.add(shares[best]);
            }
        }
        if (maxPerTopic <= 0) {
            return out;
        }
        Map<String, List<Integer>> byTopic = new HashMap<>();
        for (int i = 0; i < out.size(); i++) {
            byTopic.computeIfAbsent(out.get(i).label(), k -> new ArrayList<>()).add(i);
        }
        BitSet kept = new BitSet();
        for (List<Integer> indices : byTopic.values()) {
            indices.stream().sorted(Comparator.comparingDouble((Integer i) -> -sureness.get(i))
                            .thenComparingInt(i -> i))
                    .limit(maxPerTopic).forEach(kept::set);
        }
        return kept.stream().mapToObj(out::get).toList();
    }
}
