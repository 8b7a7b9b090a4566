package dev.newsflow.enricher.ner;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The tagger's features for a token: lower-cased words in a window, word shapes, affixes, list matches,
 * and how the word is usually written (a capitalisation-robust cue that still works in all-caps headlines).
 * The previous two predicted labels are added by {@link #dynamic}.
 */
final class NerFeatures {

    private final Gazetteer gazetteer;
    private final Map<String, Byte> casing;

    NerFeatures(Gazetteer gazetteer, Map<String, Byte> casing) {
        this.gazetteer = gazetteer;
        this.casing = casing;
    }

    /** Per-sentence precomputation. */
    static final class Prepared {
        final String[] words;
        final String[] low;
        final String[] shape;
        final String[] shortShape;
        final String[] casingClass;
        final List<String>[] gaz;
        final boolean allCaps;
        final String[] capRun;

        Prepared(String[] words, String[] low, String[] shape, String[] shortShape, String[] casingClass,
                 List<String>[] gaz, boolean allCaps) {
            this.words = words;
            this.low = low;
            this.shape = shape;
            this.shortShape = shortShape;
            this.casingClass = casingClass;
            this.gaz = gaz;
            this.allCaps = allCaps;
            this.capRun = new String[words.length];
            // Position in a run of capitalised words: names are runs, and their edges are the span edges.
            int i = 0;
            while (i < words.length) {
                if (!capitalised(words[i])) {
                    capRun[i] = "-";
                    i++;
                    continue;
                }
                int j = i + 1;
                while (j < words.length && capitalised(words[j])) {
                    j++;
                }
                int len = j - i;
                for (int k = i; k < j; k++) {
                    String pos = len == 1 ? "S" : k == i ? "B" : k == j - 1 ? "E" : "I";
                    capRun[k] = Math.min(len, 4) + pos;
                }
                i = j;
            }
        }

        private static boolean capitalised(String w) {
            return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
        }
    }

    // Titles written without a full stop (British style: "Mr Putin") read as the training data writes them.
    private static final Map<String, String> STOPLESS = Map.ofEntries(Map.entry("Mr", "Mr."),
            Map.entry("Mrs", "Mrs."), Map.entry("Ms", "Ms."), Map.entry("Dr", "Dr."), Map.entry("Gen", "Gen."),
            Map.entry("Lt", "Lt."), Map.entry("Col", "Col."), Map.entry("Sgt", "Sgt."), Map.entry("Capt", "Capt."),
            Map.entry("Gov", "Gov."), Map.entry("Sen", "Sen."), Map.entry("Rep", "Rep."), Map.entry("St", "St."),
            Map.entry("MR", "MR."), Map.entry("MRS", "MRS."), Map.entry("DR", "DR."));

    Prepared prepare(String[] original) {
        int n = original.length;
        String[] words = new String[n];
        for (int i = 0; i < n; i++) {
            words[i] = STOPLESS.getOrDefault(original[i], original[i]);
        }
        String[] low = new String[n];
        String[] shape = new String[n];
        String[] shortShape = new String[n];
        String[] casingClass = new String[n];
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < n; i++) {
            String w = words[i];
            low[i] = w.toLowerCase(Locale.ROOT);
            shape[i] = shape(w, false);
            shortShape[i] = shape(w, true);
            for (int k = 0; k < w.length(); k++) {
                char c = w.charAt(k);
                if (Character.isLetter(c)) {
                    letters++;
                    if (Character.isUpperCase(c)) {
                        upper++;
                    }
                }
            }
            Byte b = casing.get(low[i]);
            casingClass[i] = b == null ? "unk" : Byte.toString(b);
        }
        boolean allCaps = letters >= 8 && upper >= letters * 0.9;
        return new Prepared(words, low, shape, shortShape, casingClass, gazetteer.match(words, low), allCaps);
    }

    /** Features that do not depend on predicted labels. */
    void fixed(Prepared p, int i, List<String> out) {
        String w = p.low[i];
        String sh = p.shortShape[i];
        out.add("b");
        out.add("w=" + w);
        out.add("W=" + p.words[i]);
        out.add("sh=" + p.shape[i]);
        out.add("ss=" + sh);
        out.add("cs=" + p.casingClass[i]);
        out.add("cs|ss=" + p.casingClass[i] + "|" + sh + (p.allCaps ? "|U" : ""));
        if (i == 0) {
            out.add("first|ss=" + sh);
        }
        if (!p.allCaps) {
            out.add("run=" + p.capRun[i]);
            out.add("run|cs=" + p.capRun[i] + "|" + p.casingClass[i]);
        }
        if (p.allCaps) {
            out.add("U");
            out.add("U|w=" + w);
        }
        int len = w.length();
        for (int k = 1; k <= 4 && k <= len; k++) {
            out.add("s" + k + "=" + w.substring(len - k));
        }
        for (int k = 1; k <= 3 && k <= len; k++) {
            out.add("p" + k + "=" + w.substring(0, k));
        }
        for (String g : p.gaz[i]) {
            out.add("g=" + g);
        }
        for (int d = -2; d <= 2; d++) {
            if (d == 0) {
                continue;
            }
            int j = i + d;
            String wj = j < 0 ? "<s>" : j >= p.words.length ? "</s>" : p.low[j];
            out.add("w" + d + "=" + wj);
            if (d == -1 || d == 1) {
                String sj = j < 0 ? "<s>" : j >= p.words.length ? "</s>" : p.shortShape[j];
                out.add("ss" + d + "=" + sj);
                out.add("ss" + d + "|ss=" + sj + "|" + sh);
                out.add("w" + d + "|w=" + wj + "|" + w);
                out.add("w" + d + "|ss=" + wj + "|" + sh);
                if (j >= 0 && j < p.words.length) {
                    out.add("cs" + d + "=" + p.casingClass[j]);
                    for (String g : p.gaz[j]) {
                        out.add("g" + d + "=" + g);
                    }
                }
            }
        }
    }

    /** Features of the previous labels. */
    static void dynamic(Prepared p, int i, String prev, String prev2, List<String> out) {
        out.add("t1=" + prev);
        out.add("t2=" + prev2 + "|" + prev);
        out.add("t1|w=" + prev + "|" + p.low[i]);
        out.add("t1|ss=" + prev + "|" + p.shortShape[i]);
    }

    /** Word shape: Xxxx -> Xx (short) or Xxxx truncated (long); digits d, other characters kept. */
    static String shape(String w, boolean collapse) {
        StringBuilder sb = new StringBuilder(Math.min(w.length(), 8));
        char last = 0;
        int run = 0;
        for (int k = 0; k < w.length() && sb.length() < 12; k++) {
            char c = w.charAt(k);
            char s = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x'
                    : Character.isDigit(c) ? 'd' : Character.isLetter(c) ? 'x' : c;
            run = s == last ? run + 1 : 1;
            last = s;
            if (collapse ? run == 1 : run <= 3) {
                sb.append(s);
            }
        }
        return sb.toString();
    }
}
