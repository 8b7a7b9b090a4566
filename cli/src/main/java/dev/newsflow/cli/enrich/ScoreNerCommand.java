package dev.newsflow.cli.enrich;

import dev.newsflow.enricher.ner.ConllCorpus;
import dev.newsflow.enricher.ner.NerScorer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsflow eval score-ner}: entity-level precision, recall and F1 (exact span and type, conlleval
 * semantics) of predictions against gold; the same figures as {@code ner_score.py}.
 */
@Command(name = "score-ner", mixinStandardHelpOptions = true,
        description = "Score predicted 'token TAG' lines against gold (exact span and type).")
public class ScoreNerCommand implements Callable<Integer> {

    @Option(names = "--predictions", required = true, description = "token PRED file from 'eval ner'")
    Path predictions;

    @Option(names = "--gold", description = "token GOLD file (default: ${DEFAULT-VALUE})",
            defaultValue = "../shared/datasets/gmb-ner/dev.txt")
    Path gold;

    public ScoreNerCommand() {
    }

    @Override
    public Integer call() throws Exception {
        List<ConllCorpus.Sentence> g = sentences(ConllCorpus.read(gold));
        List<ConllCorpus.Sentence> p = sentences(ConllCorpus.read(predictions));
        // Align token by token (the prediction's sentence breaks are ignored, as conlleval does).
        List<String> predictedTags = new ArrayList<>();
        List<String> predictedWords = new ArrayList<>();
        for (ConllCorpus.Sentence s : p) {
            predictedTags.addAll(List.of(s.tags()));
            predictedWords.addAll(List.of(s.words()));
        }
        int goldTokens = g.stream().mapToInt(s -> s.words().length).sum();
        if (goldTokens != predictedTags.size()) {
            System.err.printf("token counts differ: gold %d, predictions %d%n", goldTokens, predictedTags.size());
            return 2;
        }
        NerScorer scorer = new NerScorer();
        int k = 0;
        for (ConllCorpus.Sentence s : g) {
            String[] tags = new String[s.words().length];
            for (int i = 0; i < tags.length; i++, k++) {
                if (!predictedWords.get(k).equals(s.words()[i])) {
                    System.err.printf("token %d differs: gold '%s', predictions '%s'%n", k, s.words()[i],
                            predictedWords.get(k));
                    return 2;
                }
                tags[i] = predictedTags.get(k);
            }
            scorer.add(s.tags(), tags);
        }
        System.out.println(scorer.report());
        return 0;
    }

    private static List<ConllCorpus.Sentence> sentences(List<ConllCorpus.Document> docs) {
        return docs.stream().flatMap(d -> d.sentences().stream()).toList();
    }
}
