package dev.newsflow.cli.enrich;

import dev.newsflow.enricher.ner.CaseVariant;
import dev.newsflow.enricher.ner.ConllCorpus;
import dev.newsflow.enricher.ner.NerEvaluation;
import dev.newsflow.enricher.ner.NerTagger;
import dev.newsflow.enricher.ner.NerTrainer;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsflow eval ner}: tags a {@code token TAG} file, writing the same tokens with predicted IOB2 tags. */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "Tag a 'token TAG' file (blank line between sentences, -DOCSTART- kept); writes 'token PRED'.")
public class EvalNerCommand implements Callable<Integer> {

    @Option(names = "--input", required = true, description = "token TAG file (the tag column may be absent)")
    Path input;

    @Option(names = "--output", required = true, description = "where to write token PRED lines")
    Path output;

    @Option(names = "--model", description = "a model file instead of the bundled one")
    Path model;

    @Option(names = "--score", description = "also print scores against the input's tags")
    boolean score;

    @Option(names = "--held-out-half", description = "tag only the odd-numbered documents of a wikigold-style "
            + "file: the half `train ner` never trains on")
    boolean heldOutHalf;

    @Option(names = "--case", defaultValue = "as-is", paramLabel = "CASING",
            description = "re-case the input's words before tagging (a stress test; tags kept): as-is, upper, lower, "
                    + "title, headline (each document's first sentence upper-cased; text without -DOCSTART- cut into "
                    + "documents of 15 sentences) (default: ${DEFAULT-VALUE})")
    String casing;

    @Option(names = "--without-rule", paramLabel = "RULE",
            description = "switch off one rule after the model (repeatable; 'all' for the model's tags alone); "
                    + "--rule-effects lists the rules")
    List<String> withoutRules = List.of();

    @Option(names = "--rule-effects", description = "also print each rule's effect against the input's tags: F1 "
            + "with every rule minus F1 without it, and the gold spans it makes right and makes wrong")
    boolean ruleEffects;

    @Option(names = "--rule-changes", paramLabel = "RULE", description = "also print each gold span one rule "
            + "makes right (W->R) or wrong (R->W), with its sentence")
    String ruleChanges;

    public EvalNerCommand() {
    }

    @Override
    public Integer call() throws Exception {
        NerTagger tagger = (model == null ? NerTagger.bundled() : NerTagger.load(model)).withoutRules(withoutRules);
        List<ConllCorpus.Document> gold = ConllCorpus.read(input);
        if (heldOutHalf) {
            gold = NerTrainer.heldOutHalf(gold);
        }
        gold = CaseVariant.of(casing).apply(gold);
        long t0 = System.nanoTime();
        List<ConllCorpus.Document> predicted = NerEvaluation.predict(tagger, gold);
        double seconds = (System.nanoTime() - t0) / 1e9;
        try (BufferedWriter w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            ConllCorpus.write(predicted, w);
        }
        long tokens = gold.stream().flatMap(d -> d.sentences().stream()).mapToLong(s -> s.words().length).sum();
        System.err.printf("tagged %d tokens in %.2f s -> %s%n", tokens, seconds, output);
        if (score) {
            System.out.println(NerEvaluation.score(gold, predicted).report());
        }
        if (ruleEffects) {
            System.out.printf("%-22s %8s %6s %6s %5s%n", "rule", "F1 gain", "W->R", "R->W", "net");
            for (NerEvaluation.RuleEffect e : NerEvaluation.ruleEffects(tagger, gold, predicted)) {
                System.out.printf(Locale.ROOT, "%-22s %+8.2f %6d %6d %+5d%n", e.rule(), e.f1Gain(),
                        e.wrongToRight(), e.rightToWrong(), e.wrongToRight() - e.rightToWrong());
            }
        }
        if (ruleChanges != null) {
            NerEvaluation.ruleChanges(tagger, ruleChanges, gold, predicted).forEach(System.out::println);
        }
        return 0;
    }
}
