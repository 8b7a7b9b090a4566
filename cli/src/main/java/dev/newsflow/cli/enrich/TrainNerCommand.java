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
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsflow train ner}: trains the entity tagger from the shared data and reports its scores. */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "Train the named-entity tagger (averaged perceptron) and score it on the dev sets.")
public class TrainNerCommand implements Callable<Integer> {

    @Mixin
    NerTrainingOptions training;

    @Option(names = "--dev", description = "dev file scored after training (default: ${DEFAULT-VALUE})",
            defaultValue = "../shared/datasets/gmb-ner/dev.txt")
    Path dev;

    @Option(names = "--output", description = "model file (default: ${DEFAULT-VALUE})",
            defaultValue = "stages/enrich/src/main/resources/dev/newsflow/enricher/ner/ner-model.bin.gz")
    Path output;

    public TrainNerCommand() {
    }

    @Override
    public Integer call() throws Exception {
        Path wiki = training.wikigoldFile();
        NerTrainer trainer = new NerTrainer(System.out);
        long t0 = System.nanoTime();
        NerTagger tagger = trainer.train(training.options(), output);
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
