package dev.newsflow.enricher.topics;

import dev.newsflow.enricher.TopicClassifier;
import dev.newsflow.model.TopicScore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Scores the primary topic against labelled documents: accuracy, precision, recall and F1 per topic, and the
 * confusions (gold read as predicted) most frequent first. {@link #crossValidate} trains on all folds but one
 * (plus any extra training documents, such as the weakly labelled news) and scores the fold left out, for the
 * lexicon alone and for each blend of model and lexicon on the same folds.
 */
public final class TopicEvaluation {

    /** What no topic was predicted for ("none" in the reports). */
    public static final String NONE = "none";

    private TopicEvaluation() {
    }

    /** Scores of predicted primary topics against the gold labels. */
    public record Score(List<String> gold, List<String> predicted) {

        public double accuracy() {
            int right = 0;
            for (int i = 0; i < gold.size(); i++) {
                right += gold.get(i).equals(predicted.get(i)) ? 1 : 0;
            }
            return gold.isEmpty() ? 0 : (double) right / gold.size();
        }

        /** Precision, recall and F1 of one label, and how many gold documents hold it. */
        public double[] prf(String label) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (int i = 0; i < gold.size(); i++) {
                boolean g = gold.get(i).equals(label);
                boolean p = predicted.get(i).equals(label);
                tp += g && p ? 1 : 0;
                fp += !g && p ? 1 : 0;
                fn += g && !p ? 1 : 0;
            }
            double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
            double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            return new double[] {precision, recall, f1, tp + fn};
        }

        /** Mean F1 over the gold labels. */
        public double macroF1() {
            TreeSet<String> labels = new TreeSet<>(gold);
            return labels.stream().mapToDouble(l -> prf(l)[2]).average().orElse(0);
        }

        /** "gold -> predicted" with counts, most frequent first. */
        public Map<String, Integer> confusions() {
            Map<String, Integer> counts = new TreeMap<>();
            for (int i = 0; i < gold.size(); i++) {
                if (!gold.get(i).equals(predicted.get(i))) {
                    counts.merge(gold.get(i) + " -> " + predicted.get(i), 1, Integer::sum);
                }
            }
            Map<String, Integer> sorted = new LinkedHashMap<>();
            counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .forEach(e -> sorted.put(e.getKey(), e.getValue()));
            return sorted;
        }

        /** The same predictions scored only on the documents whose gold label is one of these. */
        public Score restrictedTo(Collection<String> labels) {
            List<String> g = new ArrayList<>();
            List<String> p = new ArrayList<>();
            for (int i = 0; i < gold.size(); i++) {
                if (labels.contains(gold.get(i))) {
                    g.add(gold.get(i));
                    p.add(predicted.get(i));
                }
            }
            return new Score(g, p);
        }

        public String summary() {
            return String.format(Locale.ROOT, "accuracy %.1f %% (%d documents), macro F1 %.1f", 100 * accuracy(),
                    gold.size(), 100 * macroF1());
        }

        /** Accuracy, the per-topic table and the top confusions. */
        public String report(int confusions) {
            StringBuilder sb = new StringBuilder(summary()).append('\n');
            sb.append(String.format(Locale.ROOT, "  %-38s %6s %6s %6s %5s%n", "topic", "P", "R", "F1", "gold"));
            TreeSet<String> labels = new TreeSet<>(gold);
            labels.addAll(predicted);
            for (String l : labels) {
                double[] s = prf(l);
                sb.append(String.format(Locale.ROOT, "  %-38s %6.1f %6.1f %6.1f %5d%n", l, 100 * s[0], 100 * s[1],
                        100 * s[2], (int) s[3]));
            }
            sb.append("  confusions (gold -> predicted):");
            confusions().entrySet().stream().limit(confusions)
                    .forEach(e -> sb.append(String.format(Locale.ROOT, "%n    %3d  %s", e.getValue(), e.getKey())));
            return sb.toString();
        }
    }

    /** The primary topic of each document by the classifier, {@value #NONE} when it gives none. */
    public static Score score(List<TopicCorpus.Document> gold, Function<TopicCorpus.Document, List<TopicScore>> classifier) {
        List<String> g = new ArrayList<>();
        List<String> p = new ArrayList<>();
        for (TopicCorpus.Document d : gold) {
            List<TopicScore> topics = classifier.apply(d);
            g.add(d.label());
            p.add(topics.isEmpty() ? NONE : topics.getFirst().slug());
        }
        return new Score(g, p);
    }

    public static Score score(List<TopicCorpus.Document> gold, TopicClassifier classifier) {
        return score(gold, d -> classifier.classify(d.headline(), d.text()));
    }

    /**
     * k-fold cross-validation by document: document i is in fold i mod k (so each fold mixes the file's sources;
     * a file of windows of one running text should hold windows far apart). Returns, per variant ("lexicon", "model 0.5", ...), the pooled predictions of all
     * folds. The lexicon needs no training: it is scored on the same documents for comparison.
     */
    public static Map<String, Score> crossValidate(List<TopicCorpus.Document> labelled, List<TopicCorpus.Document> extra,
                                                   int folds, TopicTrainer trainer, TopicTrainer.Options options,
                                                   double[] modelWeights) {
        List<TopicClassifier.Blend> blends = new ArrayList<>();
        for (double w : modelWeights) {
            blends.add(new TopicClassifier.Blend(w, 0, 0));
        }
        return crossValidate(labelled, extra, folds, trainer, options, blends);
    }

    /** {@link #crossValidate} over blends of model, descriptor score and lexicon, each named by its weights. */
    public static Map<String, Score> crossValidate(List<TopicCorpus.Document> labelled, List<TopicCorpus.Document> extra,
                                                   int folds, TopicTrainer trainer, TopicTrainer.Options options,
                                                   List<TopicClassifier.Blend> blends) {
        Map<String, List<String>> predicted = new LinkedHashMap<>();
        List<String> gold = new ArrayList<>();
        TopicClassifier lexicon = TopicClassifier.lexiconOnly();
        boolean modelNeeded = blends.stream().anyMatch(b -> b.modelWeight() > 0);
        for (int f = 0; f < folds; f++) {
            List<TopicCorpus.Document> train = new ArrayList<>(extra);
            List<TopicCorpus.Document> test = new ArrayList<>();
            for (int i = 0; i < labelled.size(); i++) {
                (i % folds == f ? test : train).add(labelled.get(i));
            }
            TopicModel model = modelNeeded ? trainer.train(train, options) : null;
            test.forEach(d -> gold.add(d.label()));
            predicted.computeIfAbsent("lexicon", k -> new ArrayList<>()).addAll(score(test, lexicon).predicted());
            for (TopicClassifier.Blend b : blends) {
                TopicClassifier blend = new TopicClassifier(model, b);
                predicted.computeIfAbsent(b.toString(), k -> new ArrayList<>()).addAll(score(test, blend).predicted());
            }
        }
        Map<String, Score> out = new LinkedHashMap<>();
        predicted.forEach((variant, p) -> out.put(variant, new Score(gold, p)));
        return out;
    }
}
