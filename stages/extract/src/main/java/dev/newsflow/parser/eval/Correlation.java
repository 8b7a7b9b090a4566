package dev.newsflow.parser.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Pearson and Spearman (rank, ties averaged) correlation of paired values, for judging a score against a quality. */
public final class Correlation {

    private Correlation() {
    }

    /** Pearson's r of the pairs {x, y}; 0 when either side does not vary. */
    public static double pearson(List<double[]> pairs) {
        int n = pairs.size();
        double mx = pairs.stream().mapToDouble(p -> p[0]).average().orElse(0);
        double my = pairs.stream().mapToDouble(p -> p[1]).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (double[] p : pairs) {
            sxy += (p[0] - mx) * (p[1] - my);
            sxx += (p[0] - mx) * (p[0] - mx);
            syy += (p[1] - my) * (p[1] - my);
        }
        return n < 2 || sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
    }

    /** Spearman's rho: Pearson's r of the ranks. */
    public static double spearman(List<double[]> pairs) {
        double[] rx = ranks(pairs, 0);
        double[] ry = ranks(pairs, 1);
        List<double[]> ranked = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            ranked.add(new double[] {rx[i], ry[i]});
        }
        return pearson(ranked);
    }

    private static double[] ranks(List<double[]> pairs, int k) {
        int n = pairs.size();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparingDouble(i -> pairs.get(i)[k]));
        double[] out = new double[n];
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && pairs.get(order[j + 1])[k] == pairs.get(order[i])[k]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int m = i; m <= j; m++) {
                out[order[m]] = rank;
            }
            i = j + 1;
        }
        return out;
    }
}
