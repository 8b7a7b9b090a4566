package dev.newsflow.cli.enrich;

import dev.newsflow.enricher.ner.ConllCorpus;
import dev.newsflow.enricher.ner.NerEvaluation;
import dev.newsflow.enricher.ner.NerTagger;
import dev.newsflow.enricher.ner.NerTrainer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsflow train ner}: trains the entity tagger from the shared data and reports its scores. */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "Train the named-entity tagger (averaged perceptron) and score it on the dev sets.")
public class TrainNerCommand implements Callable<Integer> {

    @Option(names = "--train", split = ",", description = "training files, token TAG (default: ${DEFAULT-VALUE})",
            defaultValue = "../shared/datasets/gmb-ner/train.txt")
    List<Path> train;

    @Option(names = "--dev", description = "dev file scored after training (default: ${DEFAULT-VALUE})",
            defaultValue = "../shared/datasets/gmb-ner/dev.txt")
    Path dev;

    @Option(names = "--wikigold", description = "wikigold file: even documents trained on, odd ones scored "
            + "(default: ${DEFAULT-VALUE}; 'none' to leave it out)",
            defaultValue = "../shared/datasets/wikigold/wikigold.txt")
    String wikigold;

    @Option(names = "--wikigold-repeat", defaultValue = "2", description = "copies of the wikigold training half")
    int wikigoldRepeat;

    @Option(names = "--output", description = "model file (default: ${DEFAULT-VALUE})",
            defaultValue = "stages/enrich/src/main/resources/dev/newsflow/enricher/ner/ner-model.bin.gz")
    Path output;

    @Option(names = "--epochs", defaultValue = "10")
    int epochs;

    @Option(names = "--sample", defaultValue = "1.0", description = "fraction of training sentences (quick runs)")
    double sample;

    @Option(names = "--upper-rate", defaultValue = "0.08", description = "fraction of sentences copied in capitals")
    double upperRate;

    @Option(names = "--relabel", split = ",", defaultValue = "the,places,orgs,demonyms,courtesy",
            description = "CoNLL convention rules applied to the training files: the, places, orgs, demonyms, "
                    + "courtesy, or none (default: ${DEFAULT-VALUE})")
    java.util.Set<String> relabel;

    @Option(names = "--seed", defaultValue = "13")
    long seed;

    public TrainNerCommand() {
    }

    @Override
    public Integer call() throws Exception {
        Path wiki = wikigold == null || wikigold.equals("none") ? null : Path.of(wikigold);
        NerTrainer trainer = new NerTrainer(System.out);
        long t0 = System.nanoTime();
        NerTagger tagger = trainer.train(new NerTrainer.Options(train, wiki, wikigoldRepeat, sample, upperRate,
                epochs, seed, relabel), output);
        System.out.printf("training time: %.1f s%n", (System.nanoTime() - t0) / 1e9);
        if (dev != null && Files.exists(dev)) {
            List<ConllCorpus.Document> gold = ConllCorpus.read(dev);
            System.out.println("== " + dev);
            System.out.println(NerEvaluation.score(gold, NerEvaluation.predict(tagger, gold)).report());
        }
        if (wiki != null) {
            List<ConllCorpus.Document> gold = NerTrainer.heldOutHalf(ConllCorpus.read(wiki));
            System.out.println("== " + wiki + " (held-out odd documents)");
            System.out.println(NerEvaluation.score(gold, NerEvaluation.predict(tagger, gold)).report());
        }
        return 0;
    }
}
