package dev.newsflow.parser.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The article-extraction-benchmark metric, identical to {@code shared/tools/extraction_score.py}: tokens are
 * runs of word characters, texts become multisets of token 4-grams, per-document tp/fp/fn are normalised to sum
 * to one, precision and recall are macro means over documents, F1 is the harmonic mean of those two means and
 * accuracy the share of documents whose token lists are equal. Bootstrap deviations use the same generator and
 * seed as the Python reference, so the "±" figures agree too.
 */
public final class ExtractionScorer {

    static final int NGRAM = 4;

    private ExtractionScorer() {
    }

    /** Per-document counts. */
    public record DocScore(String id, double tp, double fp, double fn, boolean exact, boolean missing,
                           int predTokens, int trueTokens) {
        /** Precision, or null when the prediction has no shingles (it then does not enter the mean). */
        public Double precision() {
            if (tp + fp <= 0) {
                return null;
            }
            return fp == 0 && fn == 0 ? 1.0 : tp / (tp + fp);
        }

        /** Recall, or null when the truth has no shingles. */
        public Double recall() {
            if (tp + fn <= 0) {
                return null;
            }
            return fp == 0 && fn == 0 ? 1.0 : tp / (tp + fn);
        }
    }

    /** Aggregate figures, with bootstrap standard deviations. */
    public record Result(double f1, double precision, double recall, double accuracy, double f1Std,
                         double precisionStd, double recallStd, double accuracyStd, int docs, int missing,
                         int emptyPredictions, double meanDocF1, List<DocScore> perDoc) {
    }

    /** Python's {@code \w+} with Unicode: letters, digits and other numerics, and underscore. */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int start = -1;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            boolean word = isWordChar(cp);
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            out.add(text.substring(start));
        }
        return out;
    }

    private static boolean isWordChar(int cp) {
        if (cp == '_' || Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    static Map<List<String>, Integer> shingles(List<String> toks) {
        Map<List<String>, Integer> out = new HashMap<>();
        if (toks.isEmpty()) {
            return out;
        }
        if (toks.size() <= NGRAM) {
            out.put(List.copyOf(toks), 1);
            return out;
        }
        for (int i = 0; i + NGRAM <= toks.size(); i++) {
            out.merge(List.copyOf(toks.subList(i, i + NGRAM)), 1, Integer::sum);
        }
        return out;
    }

    /** Normalised (tp, fp, fn) of one document. */
    static double[] matchCounts(List<String> trueTokens, List<String> predTokens) {
        Map<List<String>, Integer> t = shingles(trueTokens);
        Map<List<String>, Integer> p = shingles(predTokens);
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (var e : t.entrySet()) {
            int pc = p.getOrDefault(e.getKey(), 0);
            tp += Math.min(e.getValue(), pc);
            fn += Math.max(0, e.getValue() - pc);
        }
        for (var e : p.entrySet()) {
            fp += Math.max(0, e.getValue() - t.getOrDefault(e.getKey(), 0));
        }
        long total = tp + fp + fn;
        if (total == 0) {
            return new double[] {0, 0, 0};
        }
        return new double[] {(double) tp / total, (double) fp / total, (double) fn / total};
    }

    /** Scores predictions against truth; ids are those of the truth, a missing prediction counts as empty. */
    public static Result evaluate(Map<String, String> truth, Map<String, String> predictions, int bootstrap, long seed) {
        List<String> ids = new ArrayList<>(new TreeSet<>(truth.keySet()));
        List<DocScore> docs = new ArrayList<>();
        for (String id : ids) {
            String pred = predictions.getOrDefault(id, "");
            List<String> tt = tokens(truth.get(id));
            List<String> pt = tokens(pred == null ? "" : pred);
            double[] c = matchCounts(tt, pt);
            docs.add(new DocScore(id, c[0], c[1], c[2], tt.equals(pt), !predictions.containsKey(id), pt.size(), tt.size()));
        }
        double[] agg = aggregate(docs);
        double[][] samples = new double[4][bootstrap];
        PythonRandom rng = new PythonRandom(seed);
        int n = docs.size();
        List<DocScore> sample = new ArrayList<>(n);
        for (int b = 0; b < bootstrap && n > 0; b++) {
            sample.clear();
            for (int j = 0; j < n; j++) {
                sample.add(docs.get(rng.randrange(n)));
            }
            double[] m = aggregate(sample);
            for (int k = 0; k < 4; k++) {
                samples[k][b] = m[k];
            }
        }
        double meanDocF1 = 0;
        for (DocScore d : docs) {
            double pr = d.precision() == null ? 0 : d.precision();
            double rc = d.recall() == null ? 0 : d.recall();
            meanDocF1 += pr + rc > 0 ? 2 * pr * rc / (pr + rc) : 0;
        }
        meanDocF1 = docs.isEmpty() ? 0 : meanDocF1 / docs.size();
        int missing = (int) docs.stream().filter(DocScore::missing).count();
        int empty = (int) docs.stream().filter(d -> d.predTokens() == 0).count();
        return new Result(agg[0], agg[1], agg[2], agg[3], stdev(samples[0]), stdev(samples[1]), stdev(samples[2]),
                stdev(samples[3]), n, missing, empty, meanDocF1, docs);
    }

    /** The macro figures of some documents' scores. */
    public record Summary(double f1, double precision, double recall, double accuracy, int docs) {
    }

    /** The macro figures of a subset of documents (a site, a fold), by the same rules as {@link #evaluate}. */
    public static Summary summarise(List<DocScore> docs) {
        double[] a = aggregate(docs);
        return new Summary(a[0], a[1], a[2], a[3], docs.size());
    }

    /** {f1, precision, recall, accuracy} of a list of documents. */
    private static double[] aggregate(List<DocScore> docs) {
        double ps = 0;
        int pn = 0;
        double rs = 0;
        int rn = 0;
        double exact = 0;
        for (DocScore d : docs) {
            Double p = d.precision();
            if (p != null) {
                ps += p;
                pn++;
            }
            Double r = d.recall();
            if (r != null) {
                rs += r;
                rn++;
            }
            exact += d.exact() ? 1 : 0;
        }
        double p = pn == 0 ? 0 : ps / pn;
        double r = rn == 0 ? 0 : rs / rn;
        double f1 = p + r > 0 ? 2 * p * r / (p + r) : 0;
        double acc = docs.isEmpty() ? 0 : exact / docs.size();
        return new double[] {f1, p, r, acc};
    }

    /** Sample standard deviation, as Python's statistics.stdev; 0 for fewer than two values. */
    private static double stdev(double[] values) {
        if (values.length < 2) {
            return 0;
        }
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= values.length;
        double ss = 0;
        for (double v : values) {
            ss += (v - mean) * (v - mean);
        }
        return Math.sqrt(ss / (values.length - 1));
    }
}
