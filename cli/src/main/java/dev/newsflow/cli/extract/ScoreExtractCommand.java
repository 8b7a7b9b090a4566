package dev.newsflow.cli.extract;

import dev.newsflow.articles.search.SiteConfidence;
import dev.newsflow.parser.eval.BadExtractionFlags;
import dev.newsflow.parser.eval.ExtractionScorer;
import dev.newsflow.parser.eval.MetadataScorer;
import dev.newsflow.parser.eval.Correlation;
import dev.newsflow.parser.eval.Predictions;
import dev.newsflow.parser.eval.SiteCrossValidation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

/**
 * {@code newsflow eval score-extract --predictions F --ground-truth F}: the article-extraction-benchmark body
 * metric (same numbers as shared/tools/extraction_score.py) plus headline, byline and date match rates, exact and
 * fair (see {@link MetadataScorer}).
 */
@Command(name = "score-extract", mixinStandardHelpOptions = true,
        description = "Score predictions against ground truth: body F1, precision, recall, accuracy; metadata match rates.")
public class ScoreExtractCommand implements Callable<Integer> {

    /** The body F1 under which an extraction counts as bad, for the confidence's flag figures (see printConfidence). */
    private static final double[] CONFIDENCE_QUALITY_BARS = {0.9, 0.95};
    /** The drift report's and the dashboard's threshold: a page is "confident" from this confidence up. */
    private static final double CONFIDENT = SiteConfidence.DOUBTFUL;

    @Option(names = "--predictions", required = true, paramLabel = "FILE", description = "predictions (JSON or JSON lines)")
    Path predictions;

    @Option(names = "--ground-truth", required = true, paramLabel = "FILE", description = "ground truth {id: {articleBody, title, byline, publishedTime}}")
    Path groundTruth;

    @Option(names = "--n-bootstrap", defaultValue = "1000", description = "bootstrap resamples for the ± figures (default ${DEFAULT-VALUE})")
    int bootstrap;

    @Option(names = "--seed", defaultValue = "0", description = "bootstrap seed (default ${DEFAULT-VALUE}, as the Python scorer)")
    long seed;

    @Option(names = "--per-doc", description = "also print each document's precision and recall")
    boolean perDoc;

    @Option(names = "--show-misses", description = "also print, for each metadata miss, the expected and the predicted value")
    boolean showMisses;

    @Spec
    CommandSpec spec;

    public ScoreExtractCommand() {
    }

    @Override
    public Integer call() throws Exception {
        Map<String, JsonNode> truth = Predictions.read(groundTruth);
        Map<String, JsonNode> pred = Predictions.read(predictions);
        ExtractionScorer.Result r = ExtractionScorer.evaluate(Predictions.bodies(truth), Predictions.bodies(pred), bootstrap, seed);
        MetadataScorer.Result m = MetadataScorer.evaluate(truth, pred);
        PrintWriter out = spec.commandLine().getOut();
        if (perDoc) {
            for (ExtractionScorer.DocScore d : r.perDoc()) {
                out.printf("%-40s P=%s R=%s exact=%s%n", d.id(), fmt(d.precision()), fmt(d.recall()), d.exact());
            }
        }
        out.printf("body      F1 %.3f ± %.3f  precision %.3f ± %.3f  recall %.3f ± %.3f  accuracy %.3f ± %.3f  (n=%d, missing=%d, empty=%d)%n",
                r.f1(), r.f1Std(), r.precision(), r.precisionStd(), r.recall(), r.recallStd(), r.accuracy(),
                r.accuracyStd(), r.docs(), r.missing(), r.emptyPredictions());
        printSites(out, r);
        printConfidence(out, r, pred);
        print(out, "headline", "exact", m.headline());
        print(out, "headline", "fair", m.headlineFair());
        print(out, "byline", "exact", m.byline());
        print(out, "byline", "fair", m.bylineFair());
        print(out, "date", "exact", m.date());
        if (showMisses) {
            printMisses(out, "headline", m.headline(), m.headlineFair());
            printMisses(out, "byline", m.byline(), m.bylineFair());
            printMisses(out, "date", m.date(), null);
        }
        out.flush();
        return 0;
    }

    /**
     * The body figures with every site weighing the same, and what leave-one-site-out means for a predictions file: its
     * settings are fixed, so the held-out figure is the plain one ({@code eval extract --cross-validate} chooses the
     * precision thresholds on the other sites' pages and prints the honest figure).
     */
    private static void printSites(PrintWriter out, ExtractionScorer.Result r) {
        Map<String, java.util.List<String>> sites = SiteCrossValidation.bySite(r.perDoc().stream().map(ExtractionScorer.DocScore::id).toList());
        Map<String, ExtractionScorer.DocScore> byId = new java.util.HashMap<>();
        r.perDoc().forEach(d -> byId.put(d.id(), d));
        double f1 = 0;
        String worst = null;
        double worstF1 = 2;
        for (var site : sites.entrySet()) {
            ExtractionScorer.Summary s = ExtractionScorer.summarise(site.getValue().stream().map(byId::get).toList());
            f1 += s.f1();
            if (s.f1() < worstF1) {
                worstF1 = s.f1();
                worst = site.getKey();
            }
        }
        out.printf("body      by site: mean of %d sites' F1 %.3f (worst %s %.3f); leave-one-site-out = plain for a"
                + " predictions file (fixed settings; `eval extract --cross-validate` for the tuned rules)%n",
                sites.size(), sites.isEmpty() ? 0 : f1 / sites.size(), worst, worstF1);
    }

    /**
     * Whether the extractor's confidence means something: its Pearson and Spearman correlation with each page's body
     * F1, the mean F1 of the least and the most confident quarter of the pages, and, since the confidence is there to
     * flag bad extractions, how well it ranks them first (ROC AUC) and what the drift report's "confident" threshold
     * catches, for two quality bars: F1 below 0.9 (an extraction that is plainly wrong: a good share of the article
     * missing, or a block of junk) and below 0.95 (one with a paragraph or two of junk or missing text, the size of
     * the precision rules' misses). Refused pages carry no confidence and are left out.
     */
    private static void printConfidence(PrintWriter out, ExtractionScorer.Result r, Map<String, JsonNode> pred) {
        java.util.List<double[]> pairs = new java.util.ArrayList<>();
        for (ExtractionScorer.DocScore d : r.perDoc()) {
            JsonNode rec = pred.get(d.id());
            if (rec != null && rec.has("confidence") && rec.get("confidence").isNumber()) {
                double p = d.precision() == null ? 0 : d.precision();
                double rc = d.recall() == null ? 0 : d.recall();
                pairs.add(new double[] {rec.get("confidence").asDouble(), p + rc > 0 ? 2 * p * rc / (p + rc) : 0});
            }
        }
        if (pairs.size() < 4) {
            out.println("confidence: fewer than 4 pages carry one");
            return;
        }
        pairs.sort(java.util.Comparator.comparingDouble(x -> x[0]));
        int q = pairs.size() / 4;
        double low = pairs.subList(0, q).stream().mapToDouble(x -> x[1]).average().orElse(0);
        double high = pairs.subList(pairs.size() - q, pairs.size()).stream().mapToDouble(x -> x[1]).average().orElse(0);
        out.printf("confidence vs page body F1 (%d pages): Pearson %.2f, Spearman %.2f; mean F1 of the least confident"
                + " quarter %.3f, of the most confident %.3f%n", pairs.size(), Correlation.pearson(pairs),
                Correlation.spearman(pairs), low, high);
        for (double bar : CONFIDENCE_QUALITY_BARS) {
            BadExtractionFlags.AtThreshold at = BadExtractionFlags.at(pairs, bar, CONFIDENT);
            out.printf("confidence flags body F1 < %.2f (%d bad, %d good): ROC AUC %.3f; below %.1f: %d of %d bad (%s),"
                    + " %d of %d good (%s), precision %s%n", bar, at.bad(), at.good(),
                    BadExtractionFlags.rocAuc(pairs, bar), CONFIDENT, at.flaggedBad(), at.bad(),
                    percent(at.badShareFlagged()), at.flaggedGood(), at.good(), percent(at.goodShareFlagged()),
                    Double.isNaN(at.precision()) ? "-" : String.format("%.2f", at.precision()));
        }
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? "-" : String.format("%.0f %%", 100 * share);
    }

    /** "exact": as the reference writes it; "fair": what a reader would call right (see {@link MetadataScorer}). */
    private static void print(PrintWriter out, String name, String how, MetadataScorer.Rate rate) {
        out.printf("%-9s %.1f %% %s (%d of %d pages that declare one)%s%n", name, 100 * rate.rate(), how, rate.matched(),
                rate.declared(), rate.misses().isEmpty() ? "" : "; misses: " + String.join(" ", rate.misses()));
    }

    /**
     * Every exact miss, expected then predicted, so a reader can judge each one; those the fair match accepts or
     * does not count (a reference byline that names no person) are marked; {@code fair} is null for a field
     * scored one way only.
     */
    private static void printMisses(PrintWriter out, String name, MetadataScorer.Rate exact, MetadataScorer.Rate fair) {
        out.printf("%n%s misses, expected then predicted:%n", name);
        for (MetadataScorer.Miss miss : exact.details()) {
            String mark = fair == null || fair.misses().contains(miss.id()) ? "" : "  [not a miss when fair]";
            out.printf("  %s%s%n      expected  %s%n      predicted %s%n", miss.id(), mark, quote(miss.expected()), quote(miss.predicted()));
        }
    }

    private static String quote(String s) {
        return s == null ? "(none)" : '"' + s.replaceAll("\\s+", " ").strip() + '"';
    }

    private static String fmt(Double d) {
        return d == null ? "-" : String.format("%.3f", d);
    }
}
