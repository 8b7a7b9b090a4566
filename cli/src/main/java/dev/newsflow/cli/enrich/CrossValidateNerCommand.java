package dev.newsflow.cli.enrich;

import dev.newsflow.enricher.ner.CaseVariant;
import dev.newsflow.enricher.ner.ConllCorpus;
import dev.newsflow.enricher.ner.NerCrossValidation;
import dev.newsflow.enricher.ner.NerTrainer;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsflow eval ner-cv}: k-fold cross-validation of the tagger's training over GMB train and wikigold. */
@Command(name = "ner-cv", mixinStandardHelpOptions = true,
        description = {"Cross-validate the entity tagger's training: k folds by document over GMB train (blocks of "
                + "consecutive sentences, GMB has no document marks) and the wikigold training half (its even "
                + "documents; the odd, held-out half is never used). Each fold's model is trained on the rest with "
                + "the same options as 'train ner' and scored on its fold; prints each fold and the mean ± spread.",
                "Judge a feature or data change by these figures, not by one split. Each fold trains a model: "
                + "~45 s and ~2.3 GB with the defaults; --sample 0.25 --epochs 5 for quick comparisons."})
public class CrossValidateNerCommand implements Callable<Integer> {

    @Mixin
    NerTrainingOptions training;

    @Option(names = "--folds", defaultValue = "5", description = "number of folds (default: ${DEFAULT-VALUE})")
    int folds;

    @Option(names = "--block", defaultValue = "50",
            description = "consecutive GMB sentences kept in one fold (default: ${DEFAULT-VALUE})")
    int block;

    @Option(names = "--case", split = ",", defaultValue = "as-is", paramLabel = "CASING",
            description = "also score each fold's model on its test parts re-cased: as-is, upper (every word), lower, "
                    + "title, headline (each document's first sentence in capitals: CoNLL-2003's layout); comma-separated, one report each (default: ${DEFAULT-VALUE})")
    List<String> casings;

    @Option(names = "--verbose", description = "print each fold's training log")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        List<ConllCorpus.Sentence> gmb = new ArrayList<>();
        for (Path p : training.train) {
            ConllCorpus.read(p).forEach(d -> gmb.addAll(d.sentences()));
        }
        Path wiki = training.wikigoldFile();
        List<ConllCorpus.Document> conll = wiki == null ? List.of() : NerTrainer.trainingHalf(ConllCorpus.read(wiki));
        PrintStream log = verbose ? System.out : new PrintStream(OutputStream.nullOutputStream());
        List<CaseVariant> variants = casings.stream().map(CaseVariant::of).toList();
        List<NerCrossValidation.Result> results = NerCrossValidation.run(new NerTrainer(log), training.options(), gmb,
                conll, folds, block, variants);
        for (NerCrossValidation.Result result : results) {
            System.out.println(result.report());
        }
        return 0;
    }
}
