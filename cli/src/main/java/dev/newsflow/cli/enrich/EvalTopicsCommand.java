package dev.newsflow.cli.enrich;

import dev.newsflow.enricher.TopicClassifier;
import dev.newsflow.enricher.topics.TopicCorpus;
import dev.newsflow.enricher.topics.TopicEvaluation;
import dev.newsflow.enricher.topics.TopicLexicon;
import dev.newsflow.enricher.topics.TopicModel;
import dev.newsflow.enricher.topics.TopicTrainer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsflow eval topics}: the primary topic's accuracy, per-topic P/R/F1 and the confusions on a labelled TSV,
 * for the lexicon alone and for the learnt classifier side by side; {@code --cross-validate} trains a model per fold
 * instead of using the shipped one.
 */
@Command(name = "topics", mixinStandardHelpOptions = true,
        description = "Score topics on labelled documents (TSV: slug<TAB>headline<TAB>text): lexicon and learnt side by side.")
public class EvalTopicsCommand implements Callable<Integer> {

    @Option(names = "--input", required = true, description = "labelled TSV (slug<TAB>headline<TAB>text)")
    Path input;

    @Option(names = "--model", description = "a model file instead of the shipped one")
    Path model;

    @Option(names = "--model-weight", description = "the model's part of the blend (default: the classifier's own)")
    Double modelWeight;

    @Option(names = "--descriptor-weight", description = "the descriptor score's part of the blend (default: the "
            + "classifier's own)")
    Double descriptorWeight;

    @Option(names = "--cross-validate", description = "k folds by document: train on the weak texts and the other "
            + "folds, score the fold left out")
    boolean crossValidate;

    @Option(names = "--folds", defaultValue = "5", description = "folds (default: ${DEFAULT-VALUE}); 1 scores the whole "
            + "input with models trained on the weak texts and --extra only (leave a whole source out)")
    int folds;

    @Option(names = "--extra", split = ",", description = "labelled TSV files added to every fold's training")
    List<Path> extra = List.of();

    @Option(names = "--weights", split = ",", defaultValue = "0.2,0.3,0.5",
            description = "model weights compared in cross-validation (default: ${DEFAULT-VALUE})")
    double[] weights;

    @Option(names = "--descriptor-weights", split = ",", defaultValue = "0,0.3",
            description = "descriptor-score weights compared in cross-validation, each with every --weights "
                    + "(default: ${DEFAULT-VALUE})")
    double[] descriptorWeights;

    @Option(names = "--sharpness", split = ",", defaultValue = "50",
            description = "descriptor-score softmax sharpness values compared (default: ${DEFAULT-VALUE})")
    double[] sharpness;

    @Option(names = "--subset", split = ",", description = "also score only the documents whose gold topic is one of "
            + "these slugs (the classifier still chooses among all topics), e.g. the five of a 5-class corpus")
    List<String> subset = List.of();

    @Option(names = "--confusions", defaultValue = "8", description = "confusion pairs shown (default: ${DEFAULT-VALUE})")
    int confusions;

    @Mixin
    TopicTrainingOptions training;

    public EvalTopicsCommand() {
    }

    @Override
    public Integer call() throws Exception {
        if (!Files.exists(input)) {
            throw new IllegalArgumentException("no such file: " + input);
        }
        List<TopicCorpus.Document> gold = TopicCorpus.read(input);
        if (gold.isEmpty()) {
            throw new IllegalArgumentException(input + " holds no labelled document");
        }
        if (crossValidate) {
            List<TopicCorpus.Document> weak = new ArrayList<>(training.weakDocuments());
            int weakCount = weak.size();
            for (Path p : extra) {
                weak.addAll(TopicCorpus.read(p));
            }
            System.out.printf("%d-fold cross-validation on %s (%d documents), each fold's model also trained on %d weak texts (%s)"
                            + " and %d documents of %s%n", folds, input, gold.size(), weakCount, training.describeWeak(),
                    weak.size() - weakCount, extra);
            long t0 = System.nanoTime();
            List<TopicClassifier.Blend> blends = new ArrayList<>();
            for (double d : descriptorWeights) {
                for (double s : d > 0 ? sharpness : new double[] {0}) {
                    for (double w : weights) {
                        if (w + d <= 1 + 1e-9) {
                            blends.add(new TopicClassifier.Blend(w, d, s));
                        }
                    }
                }
            }
            Map<String, TopicEvaluation.Score> scores = TopicEvaluation.crossValidate(gold, weak, folds,
                    new TopicTrainer(TopicLexicon.bundled()), training.trainerOptions(), blends);
            scores.forEach((variant, s) -> System.out.printf("%-34s %s%n", variant, s.summary()));
            if (!subset.isEmpty()) {
                System.out.printf("%non the documents of %s only:%n", String.join(", ", subset));
                scores.forEach((variant, s) -> System.out.printf("%-34s %s%n", variant, s.restrictedTo(subset).summary()));
            }
            scores.forEach((variant, s) -> System.out.printf("%n== %s%n%s%n", variant, s.report(confusions)));
            System.out.printf("%ntime: %.1f s%n", (System.nanoTime() - t0) / 1e9);
            return 0;
        }
        TopicModel learnt = model == null ? TopicModel.bundled() : TopicModel.read(model);
        TopicClassifier.Blend shipped = TopicClassifier.DEFAULT_BLEND;
        TopicClassifier classifier = new TopicClassifier(learnt, new TopicClassifier.Blend(
                modelWeight == null ? shipped.modelWeight() : modelWeight,
                descriptorWeight == null ? shipped.descriptorWeight() : descriptorWeight, shipped.sharpness()));
        TopicEvaluation.Score lexicon = TopicEvaluation.score(gold, TopicClassifier.lexiconOnly());
        long t0 = System.nanoTime();
        TopicEvaluation.Score blend = TopicEvaluation.score(gold, classifier);
        double ms = (System.nanoTime() - t0) / 1e6 / gold.size();
        System.out.printf("%s: %d documents%n", input, gold.size());
        System.out.printf("%-22s %s%n", "lexicon", lexicon.summary());
        System.out.printf("%-40s %s (%.2f ms per document)%n", "learnt (" + classifier.blend() + ")", blend.summary(), ms);
        if (!subset.isEmpty()) {
            System.out.printf("%non the documents of %s only:%n", String.join(", ", subset));
            System.out.printf("%-22s %s%n", "lexicon", lexicon.restrictedTo(subset).summary());
            System.out.printf("%-22s %s%n", "learnt", blend.restrictedTo(subset).summary());
        }
        System.out.printf("%n== lexicon%n%s%n%n== learnt%n%s%n", lexicon.report(confusions), blend.report(confusions));
        return 0;
    }
}
