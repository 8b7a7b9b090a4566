package dev.newsflow.cli.enrich;

import dev.newsflow.enricher.ner.ConllCorpus;
import dev.newsflow.enricher.topics.TopicCorpus;
import dev.newsflow.enricher.topics.TopicLexicon;
import dev.newsflow.enricher.topics.TopicTrainer;
import dev.newsflow.enricher.topics.WeakLabeller;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/** The topic model's training data and settings, shared by {@code train topics} and {@code eval topics --cross-validate}. */
public class TopicTrainingOptions {

    @Option(names = "--gmb", description = "unlabelled news text ('token TAG' lines) labelled weakly by the lexicon "
            + "(default: ${DEFAULT-VALUE}; 'none' for no weak labels)", defaultValue = "../shared/datasets/gmb-ner/train.txt")
    String gmb;

    @Option(names = "--window", defaultValue = "4", description = "sentences per weakly labelled text (default: ${DEFAULT-VALUE})")
    int window;

    @Option(names = "--min-share", defaultValue = "0.35",
            description = "the lexicon's best topic must hold this share of its evidence (default: ${DEFAULT-VALUE})")
    double minShare;

    @Option(names = "--min-ratio", defaultValue = "1.5",
            description = "... and this many times the second topic's (default: ${DEFAULT-VALUE})")
    double minRatio;

    @Option(names = "--cutoff", defaultValue = "4", description = "features seen fewer times are left out (default: ${DEFAULT-VALUE})")
    int cutoff;

    @Option(names = "--iterations", defaultValue = "100", description = "maximum-entropy training iterations (default: ${DEFAULT-VALUE})")
    int iterations;

    @Option(names = "--max-per-class", defaultValue = "50",
            description = "at most this many weakly labelled texts per topic, 0 for all (default: ${DEFAULT-VALUE})")
    int maxPerClass;

    @Option(names = "--clusters", arity = "1", defaultValue = "true", description = "true: the model also sees each "
            + "content word's fine word cluster as a feature; false: words and bigrams only (default: ${DEFAULT-VALUE})")
    boolean clusters;

    public TopicTrainer.Options trainerOptions() {
        return new TopicTrainer.Options(cutoff, iterations, clusters);
    }

    /** The weakly labelled texts (empty with {@code --gmb none}), at most {@code --max-per-class} per topic, the surest. */
    public List<TopicCorpus.Document> weakDocuments() throws IOException {
        if (gmb == null || gmb.equals("none")) {
            return List.of();
        }
        Path file = Path.of(gmb);
        if (!Files.exists(file)) {
            throw new IllegalArgumentException("no such file: " + file + " (run from the project root or give --gmb)");
        }
        List<String> windows = WeakLabeller.windows(ConllCorpus.read(file), window);
        return new WeakLabeller(TopicLexicon.bundled())
                .label(windows, new WeakLabeller.Confidence(minShare, minRatio), maxPerClass);
    }

    public String describeWeak() {
        return String.format(Locale.ROOT, "%s, windows of %d sentences, best topic >= %.2f of the evidence "
                + "and >= %.1f x the second, at most %s per topic (the surest)", gmb, window, minShare, minRatio,
                maxPerClass <= 0 ? "all" : String.valueOf(maxPerClass));
    }
}
