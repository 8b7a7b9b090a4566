package dev.newsflow.cli.enrich;

import dev.newsflow.enricher.topics.TopicCorpus;
import dev.newsflow.enricher.topics.TopicLexicon;
import dev.newsflow.enricher.topics.TopicModel;
import dev.newsflow.enricher.topics.TopicTrainer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsflow train topics}: labels the GMB news weakly with the lexicon, writes that set, adds the hand-labelled
 * documents and the training half of the written stories, and trains the topic model. Deterministic: the same files
 * give the same model.
 */
@Command(name = "topics", mixinStandardHelpOptions = true,
        description = "Train the topic model (OpenNLP maximum entropy over words and bigrams) from weakly labelled "
                + "news, the hand-labelled documents and the written stories' training half.")
public class TrainTopicsCommand implements Callable<Integer> {

    static final String HAND_LABELLED = "stages/enrich/training/topics/hand-labelled.tsv";
    /** The training half of the news stories written for the project; the check half is never trained on. */
    static final String WRITTEN_TRAIN = "stages/enrich/training/topics/written-stories-train.tsv";

    @Mixin
    TopicTrainingOptions training;

    @Option(names = "--labelled", split = ",", description = "hand-labelled TSV files (default: ${DEFAULT-VALUE})",
            defaultValue = HAND_LABELLED)
    List<Path> labelled;

    @Option(names = "--written", arity = "1", defaultValue = "true", description = "true: also train on the written "
            + "stories' training half (" + WRITTEN_TRAIN + "); false: the --labelled files only (default: ${DEFAULT-VALUE})")
    boolean written;

    @Option(names = "--weak-output", description = "where the weakly labelled texts are written (default: ${DEFAULT-VALUE})",
            defaultValue = "stages/enrich/training/topics/gmb-weak.tsv")
    Path weakOutput;

    @Option(names = "--output", description = "model file (default: ${DEFAULT-VALUE})",
            defaultValue = "stages/enrich/src/main/resources/dev/newsflow/enricher/topics/topic-model.bin")
    Path output;

    public TrainTopicsCommand() {
    }

    @Override
    public Integer call() throws Exception {
        List<TopicCorpus.Document> weak = training.weakDocuments();
        if (!weak.isEmpty()) {
            TopicCorpus.write(weakOutput, List.of(
                    "Weakly labelled news for the topic model, written by ./newsflow train topics (do not edit).",
                    "Texts: Groningen Meaning Bank (Voice of America newswire, public domain; the GMB NER export is ODbL 1.0,",
                    "see ../shared/datasets/gmb-ner/README.md), cut into windows of consecutive sentences.",
                    "Labels: the IPTC lexicon's best topic where it was sure: " + training.describeWeak() + ".",
                    "They are NOT checked by a person: expect wrong labels (a window may straddle two stories)."), weak);
        }
        List<TopicCorpus.Document> all = new ArrayList<>(weak);
        int hand = 0;
        List<Path> labelledFiles = new ArrayList<>(labelled);
        if (written) {
            labelledFiles.add(Path.of(WRITTEN_TRAIN));
        }
        for (Path p : labelledFiles) {
            if (!Files.exists(p)) {
                throw new IllegalArgumentException("no such file: " + p);
            }
            List<TopicCorpus.Document> docs = TopicCorpus.read(p);
            hand += docs.size();
            all.addAll(docs);
        }
        Map<String, Integer> perTopic = new TreeMap<>();
        all.forEach(d -> perTopic.merge(d.label(), 1, Integer::sum));
        System.out.printf("training documents: %d (%d weakly labelled, %d labelled by hand or written: %s)%n", all.size(),
                weak.size(), hand, labelledFiles);
        perTopic.forEach((k, v) -> System.out.printf("  %-38s %5d%n", k, v));
        long t0 = System.nanoTime();
        TopicModel model = new TopicTrainer(TopicLexicon.bundled()).train(all, training.trainerOptions());
        model.write(output);
        System.out.printf("training time: %.1f s; model %s (%,d bytes)%n", (System.nanoTime() - t0) / 1e9, output,
                Files.size(output));
        return 0;
    }
}
