package dev.newsflow.enricher.ner;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * K-fold cross-validation of the tagger's training over GMB train and the wikigold training half, so that a
 * feature or data change is judged over every part of both corpora rather than on one split. Folds are by
 * document: wikigold's documents are dealt to the folds in turn; GMB train has no document marks, so its
 * sentences, which keep their documents' order, are dealt in blocks of consecutive sentences (a block stands in
 * for a document, so that one story's sentences seldom sit on both sides of a split). Each fold's model is
 * trained on the other folds of both corpora and scored on its own GMB part (GMB's tags, as the dev set is scored)
 * and its own wikigold part (tagged as whole documents). Wikigold's odd documents, the held-out half, are never
 * used here. Each fold's model can also be scored on re-cased copies of its parts ({@link CaseVariant}: the same
 * sentences upper-, lower- or title-cased), one {@link Result} per variant, so a casing stress test costs no
 * extra training.
 */
public final class NerCrossValidation {

    /** F1 of one fold's model on that fold's GMB and wikigold parts. */
    public record Fold(int fold, NerScorer gmb, NerScorer wikigold, double trainSeconds) {
    }

    /** Every fold, and the counts pooled over all folds, for the test parts in one casing. */
    public record Result(CaseVariant casing, List<Fold> folds, NerScorer gmbPooled, NerScorer wikigoldPooled) {

        /** Mean and sample standard deviation of the folds' overall F1, for one corpus. */
        public double[] meanAndSpread(boolean wikigold) {
            double[] f = folds.stream().mapToDouble(x -> (wikigold ? x.wikigold() : x.gmb()).counts().get("ALL").f1())
                    .toArray();
            double mean = Arrays.stream(f).average().orElse(Double.NaN);
            double var = f.length < 2 ? 0 : Arrays.stream(f).map(v -> (v - mean) * (v - mean)).sum()
                    / (f.length - 1);
            return new double[] {mean, Math.sqrt(var)};
        }

        /** One line per fold and the pooled reports. */
        public String report() {
            StringBuilder sb = new StringBuilder();
            if (casing != CaseVariant.AS_IS) {
                sb.append(String.format(Locale.ROOT, "== test parts %s-cased (same models) ==%n", casing.option));
            }
            for (Fold f : folds) {
                sb.append(String.format(Locale.ROOT, "fold %d: GMB F1 %6.2f  wikigold F1 %6.2f  (trained in %.1f s)%n",
                        f.fold(), f.gmb().counts().get("ALL").f1(), f.wikigold().counts().get("ALL").f1(),
                        f.trainSeconds()));
            }
            double[] g = meanAndSpread(false);
            double[] w = meanAndSpread(true);
            sb.append(String.format(Locale.ROOT, "GMB train CV: mean F1 %.2f ± %.2f over %d folds; pooled:%n%s%n",
                    g[0], g[1], folds.size(), gmbPooled.report()));
            sb.append(String.format(Locale.ROOT, "wikigold training half CV: mean F1 %.2f ± %.2f over %d folds; pooled:%n%s",
                    w[0], w[1], folds.size(), wikigoldPooled.report()));
            return sb.toString();
        }
    }

    private NerCrossValidation() {
    }

    /**
     * Runs the cross-validation.
     *
     * @param trainer      the trainer (its log shows each fold's training)
     * @param options      training options; its files are not read, the corpora below are
     * @param gmb          GMB train sentences in file order
     * @param wikigold     the wikigold training half's documents
     * @param folds        number of folds, at least 2
     * @param blockSize    consecutive GMB sentences dealt together
     */
    public static Result run(NerTrainer trainer, NerTrainer.Options options, List<ConllCorpus.Sentence> gmb,
                             List<ConllCorpus.Document> wikigold, int folds, int blockSize) throws IOException {
        return run(trainer, options, gmb, wikigold, folds, blockSize, List.of(CaseVariant.AS_IS)).getFirst();
    }

    /** As {@link #run(NerTrainer, NerTrainer.Options, List, List, int, int)}, scored in each casing; one result each. */
    public static List<Result> run(NerTrainer trainer, NerTrainer.Options options, List<ConllCorpus.Sentence> gmb,
                                   List<ConllCorpus.Document> wikigold, int folds, int blockSize,
                                   List<CaseVariant> casings) throws IOException {
        if (folds < 2) {
            throw new IllegalArgumentException("cross-validation needs at least 2 folds, not " + folds);
        }
        int nv = casings.size();
        List<List<Fold>> out = new ArrayList<>();
        NerScorer[] gmbPooled = new NerScorer[nv];
        NerScorer[] wikiPooled = new NerScorer[nv];
        for (int v = 0; v < nv; v++) {
            out.add(new ArrayList<>());
            gmbPooled[v] = new NerScorer();
            wikiPooled[v] = new NerScorer();
        }
        for (int k = 0; k < folds; k++) {
            List<ConllCorpus.Sentence> gmbTrain = new ArrayList<>();
            List<ConllCorpus.Sentence> gmbTest = new ArrayList<>();
            for (int i = 0; i < gmb.size(); i++) {
                ((i / blockSize) % folds == k ? gmbTest : gmbTrain).add(gmb.get(i));
            }
            List<ConllCorpus.Document> wikiTrain = new ArrayList<>();
            List<ConllCorpus.Document> wikiTest = new ArrayList<>();
            for (int d = 0; d < wikigold.size(); d++) {
                (d % folds == k ? wikiTest : wikiTrain).add(wikigold.get(d));
            }
            long t0 = System.nanoTime();
            NerTagger tagger = trainer.train(options, gmbTrain, wikiTrain, null);
            double seconds = (System.nanoTime() - t0) / 1e9;
            for (int v = 0; v < nv; v++) {
                CaseVariant casing = casings.get(v);
                List<ConllCorpus.Document> gmbGold = casing.apply(List.of(new ConllCorpus.Document(gmbTest, false)));
                List<ConllCorpus.Document> wikiGold = casing.apply(wikiTest);
                List<ConllCorpus.Document> gmbPredicted = NerEvaluation.predict(tagger, gmbGold);
                List<ConllCorpus.Document> wikiPredicted = NerEvaluation.predict(tagger, wikiGold);
                NerScorer g = NerEvaluation.score(gmbGold, gmbPredicted);
                NerScorer w = NerEvaluation.score(wikiGold, wikiPredicted);
                NerEvaluation.addTo(gmbPooled[v], gmbGold, gmbPredicted);
                NerEvaluation.addTo(wikiPooled[v], wikiGold, wikiPredicted);
                out.get(v).add(new Fold(k, g, w, seconds));
            }
        }
        List<Result> results = new ArrayList<>(nv);
        for (int v = 0; v < nv; v++) {
            results.add(new Result(casings.get(v), out.get(v), gmbPooled[v], wikiPooled[v]));
        }
        return results;
    }
}
