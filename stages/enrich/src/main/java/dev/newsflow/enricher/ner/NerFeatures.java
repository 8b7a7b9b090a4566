package dev.newsflow.enricher.ner;

import java.util.Locale;
import java.util.Map;

/**
 * The tagger's features for a token: lower-cased words in a window, word shapes, affixes, list matches,
 * and how the word is usually written (a capitalisation-robust cue that still works in all-caps headlines).
 * Features conjoined with the previous label come from {@link #transitionBias} and {@link #transition}. Features are hashed ({@link FeatureHash})
 * from per-token hashes computed once per sentence, so tagging builds no feature strings.
 */
final class NerFeatures {

    // Feature templates: the first component of every feature hash.
    private static final int BIAS = 1, WORD = 2, CASED = 3, SHAPE = 4, SHORT_SHAPE = 5, CASING = 6,
            CASING_SHAPE = 7, FIRST_SHAPE = 8, RUN = 9, RUN_CASING = 10, ALL_CAPS = 11, ALL_CAPS_WORD = 12,
            SUFFIX = 13, PREFIX = 14, GAZ = 15, CONTEXT_WORD = 16, CONTEXT_SHAPE = 17, CONTEXT_SHAPE_SHAPE = 18,
            CONTEXT_WORD_WORD = 19, CONTEXT_WORD_SHAPE = 20, CONTEXT_CASING = 21, CONTEXT_GAZ = 22, PREV = 23,
            PREV_WORD = 25, PREV_SHAPE = 26, LEFT_BIGRAM = 27, RIGHT_BIGRAM = 28, WIDE_SHAPE = 29,
            SHAPE_WINDOW = 30, CLUSTER_FINE = 31, CLUSTER_COARSE = 32, CLUSTER_SHAPE = 33, CONTEXT_CLUSTER = 34;

    private static final long START = FeatureHash.of("<s>");
    private static final long END = FeatureHash.of("</s>");
    private static final int UNKNOWN_CASING = -1;

    private final Gazetteer gazetteer;
    private final LongIntTable casing;
    private final WordClusters clusters;
    private final int extensions;
    private final Gazetteer geoCities;
    private final Gazetteer ruleLists;

    NerFeatures(Gazetteer gazetteer, LongIntTable casing, WordClusters clusters) {
        this(gazetteer, casing, clusters, 0);
    }

    NerFeatures(Gazetteer gazetteer, LongIntTable casing, WordClusters clusters, int extensions) {
        this.gazetteer = gazetteer;
        this.casing = casing;
        this.clusters = clusters;
        this.extensions = extensions;
        this.geoCities = Extension.GEO_CITIES.in(extensions) ? GeoCities.GAZETTEER : null;
        this.ruleLists = Extension.RULE_LISTS.in(extensions) ? RuleLists.GAZETTEER : null;
    }

    /** Per-sentence precomputation: hashes of each token's forms. */
    static final class Prepared {
        final int length;
        final String[] low;
        final long[] word;
        final long[] cased;
        final long[] shape;
        final long[] shortShape;
        final int[] casingClass;
        final int[] capRun;
        int[] cluster; // packed WordClusters ids, or null when the model has no clusters
        int[] gaz;
        boolean allCaps;
        int extensions; // Extension bits of the model (0: the feature set of format-3 models)
        int[] geo; // geoCities matches, when the GEO_CITIES extension is on
        int[] ruleList; // ruleLists matches, when the RULE_LISTS extension is on

        Prepared(int n) {
            length = n;
            low = new String[n];
            word = new long[n];
            cased = new long[n];
            shape = new long[n];
            shortShape = new long[n];
            casingClass = new int[n];
            capRun = new int[n];
        }
    }

    /** Feature keys of one token, reused from token to token. */
    static final class Buffer {
        int[] keys = new int[96];
        int size;

        void clear() {
            size = 0;
        }

        void add(long hash) {
            if (size == keys.length) {
                keys = java.util.Arrays.copyOf(keys, size * 2);
            }
            keys[size++] = FeatureHash.key(hash);
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
        Prepared p = new Prepared(n);
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < n; i++) {
            String w = STOPLESS.getOrDefault(original[i], original[i]);
            p.low[i] = w.toLowerCase(Locale.ROOT);
            p.word[i] = FeatureHash.of(p.low[i]);
            p.cased[i] = FeatureHash.of(w);
            p.shape[i] = shape(w, false);
            p.shortShape[i] = shape(w, true);
            for (int k = 0; k < w.length(); k++) {
                char c = w.charAt(k);
                if (Character.isLetter(c)) {
                    letters++;
                    if (Character.isUpperCase(c)) {
                        upper++;
                    }
                }
            }
            p.casingClass[i] = casing.get(FeatureHash.key(p.word[i]), UNKNOWN_CASING);
        }
        // Position in a run of capitalised words: names are runs, and their edges are the span edges.
        int i = 0;
        while (i < n) {
            if (!Words.startsUpper(original[i])) {
                p.capRun[i] = 0;
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && Words.startsUpper(original[j])) {
                j++;
            }
            int len = j - i;
            for (int k = i; k < j; k++) {
                int pos = len == 1 ? 1 : k == i ? 2 : k == j - 1 ? 3 : 4;
                p.capRun[k] = Math.min(len, 4) * 8 + pos;
            }
            i = j;
        }
        if (!clusters.isEmpty()) {
            p.cluster = new int[n];
            for (int k = 0; k < n; k++) {
                p.cluster[k] = clusters.get(FeatureHash.key(p.word[k]));
            }
        }
        p.allCaps = letters >= 8 && upper >= letters * 0.9;
        p.gaz = gazetteer.match(p.word, p.cased);
        prepareExtensions(p);
        return p;
    }

    private static long h(int template, long a) {
        return FeatureHash.combine(template, a);
    }

    private static long h(int template, long a, long b) {
        return FeatureHash.combine(template, a, b);
    }

    /** Features that do not depend on predicted labels. */
    void fixed(Prepared p, int i, Buffer out) {
        long w = p.word[i];
        long sh = p.shortShape[i];
        int cs = p.casingClass[i];
        int caps = p.allCaps ? 1 : 0;
        out.add(h(BIAS, 0));
        out.add(h(WORD, w));
        out.add(h(CASED, p.cased[i]));
        out.add(h(SHAPE, p.shape[i]));
        out.add(h(SHORT_SHAPE, sh));
        out.add(h(CASING, cs));
        out.add(h(CASING_SHAPE, cs * 2L + caps, sh));
        if (i == 0) {
            out.add(h(FIRST_SHAPE, sh));
        }
        if (p.allCaps) {
            out.add(h(ALL_CAPS, 0));
            out.add(h(ALL_CAPS_WORD, w));
        } else {
            out.add(h(RUN, p.capRun[i]));
            out.add(h(RUN_CASING, p.capRun[i], cs));
        }
        String low = p.low[i];
        int len = low.length();
        for (int k = 1; k <= 4 && k <= len; k++) {
            out.add(h(SUFFIX, FeatureHash.chars(low, len - k, len)));
        }
        for (int k = 1; k <= 3 && k <= len; k++) {
            out.add(h(PREFIX, FeatureHash.chars(low, 0, k)));
        }
        gaz(GAZ, 0, p.gaz[i], out);
        if (p.cluster != null) {
            clusterFeatures(p, i, out);
        }
        if (p.extensions != 0) {
            extensionFeatures(p, i, out);
        }
        long left2 = i >= 2 ? p.word[i - 2] : START;
        long left1 = i >= 1 ? p.word[i - 1] : START;
        long right1 = i + 1 < p.length ? p.word[i + 1] : END;
        long right2 = i + 2 < p.length ? p.word[i + 2] : END;
        out.add(h(LEFT_BIGRAM, left2, left1));
        out.add(h(RIGHT_BIGRAM, right1, right2));
        long shapeLeft = i >= 1 ? p.shortShape[i - 1] : START;
        long shapeRight = i + 1 < p.length ? p.shortShape[i + 1] : END;
        out.add(h(SHAPE_WINDOW, FeatureHash.combine(shapeLeft, sh), shapeRight));
        for (int d = -2; d <= 2; d += 4) {
            int j = i + d;
            out.add(h(WIDE_SHAPE, d, j < 0 ? START : j >= p.length ? END : p.shortShape[j]));
        }
        for (int d = -2; d <= 2; d++) {
            if (d == 0) {
                continue;
            }
            int j = i + d;
            boolean inside = j >= 0 && j < p.length;
            long wj = j < 0 ? START : j >= p.length ? END : p.word[j];
            out.add(h(CONTEXT_WORD, d, wj));
            if (d == -1 || d == 1) {
                long sj = j < 0 ? START : j >= p.length ? END : p.shortShape[j];
                out.add(h(CONTEXT_SHAPE, d, sj));
                out.add(h(CONTEXT_SHAPE_SHAPE, d, FeatureHash.combine(sj, sh)));
                out.add(h(CONTEXT_WORD_WORD, d, FeatureHash.combine(wj, w)));
                out.add(h(CONTEXT_WORD_SHAPE, d, FeatureHash.combine(wj, sh)));
                if (inside) {
                    out.add(h(CONTEXT_CASING, d, p.casingClass[j]));
                    gaz(CONTEXT_GAZ, d, p.gaz[j], out);
                }
            }
        }
    }

    /**
     * The word's clusters (unknown words get the unknown cluster: rare in news text, itself a cue), the fine
     * cluster with the word's shape (a capitalised word of a surname cluster), the neighbours' coarse clusters.
     */
    private static void clusterFeatures(Prepared p, int i, Buffer out) {
        int c = p.cluster[i];
        out.add(h(CLUSTER_FINE, WordClusters.fine(c)));
        out.add(h(CLUSTER_COARSE, WordClusters.coarse(c)));
        out.add(h(CLUSTER_SHAPE, WordClusters.fine(c), p.shortShape[i]));
        for (int d = -1; d <= 1; d += 2) {
            int j = i + d;
            long cj = j < 0 ? START : j >= p.length ? END : WordClusters.coarse(p.cluster[j]);
            out.add(h(CONTEXT_CLUSTER, d, cj));
        }
    }

    private static void gaz(int template, int offset, int bits, Buffer out) {
        while (bits != 0) {
            int b = Integer.numberOfTrailingZeros(bits);
            out.add(h(template, offset, b));
            bits &= bits - 1;
        }
    }

    /**
     * A gazetteer's matches as features of word {@code i} ({@code self}) and of its neighbours either side
     * ({@code context}, with the offset): {@code matches} holds each word's match bits.
     */
    private static void gazetteerWindow(int self, int context, int[] matches, int i, Buffer out) {
        gaz(self, 0, matches[i], out);
        if (i > 0) {
            gaz(context, -1, matches[i - 1], out);
        }
        if (i + 1 < matches.length) {
            gaz(context, 1, matches[i + 1], out);
        }
    }

    /** The feature of the previous label alone (label index; {@link Labels#START} before the sentence). */
    static void transitionBias(int prev, Buffer out) {
        out.add(h(PREV, prev));
    }

    /** Features of the token conjoined with the previous label. */
    static void transition(Prepared p, int i, int prev, Buffer out) {
        out.add(h(PREV_WORD, prev, p.word[i]));
        out.add(h(PREV_SHAPE, prev, p.shortShape[i]));
        if (p.extensions != 0) {
            extensionTransition(p, i, prev, out);
        }
    }

    // ---- Extensions: feature templates a model opts into (PerceptronModel stores the bits, format 4). ----
    // Kept in one block so the templates above stay as they are; chosen by cross-validation (TRAINING.md).

    /** Optional feature templates; a model records which it was trained with, and the tagger uses the same. */
    enum Extension {
        /** Coarse clusters of the words two to either side, fine clusters of the words either side. */
        WIDE_CLUSTERS("wide-clusters"),
        /** The previous label with the word's coarse cluster (as previous label x word and x shape). */
        PREV_CLUSTER("prev-cluster"),
        /** GeoNames cities of 100,000 inhabitants or more, a name list apart from the hand-written ones. */
        GEO_CITIES("geo-cities"),
        /**
         * When tagging, a sentence whose capitals carry no information (no capital at all, or every word
         * capitalised) is re-cased word by word the way each word is usually written (the casing table) before the
         * features are computed, so careless text and title-style headlines are read like running text
         * ({@link NerFeatures#forTagging}). Training is unchanged: the weights are those of the same model without it.
         */
        TRUECASE("truecase"),
        /**
         * The lists that only the tagging rules read before (companies, financial institutions, European parties
         * and legislatures, European states, peoples and faiths) as features of the word and its neighbours, so
         * the model weighs a listed name in its context instead of a rule overriding it afterwards.
         */
        RULE_LISTS("rule-lists"),
        /** Five-letter suffixes and four-letter prefixes beside the shorter ones (-ovich, -stan; Bund-). */
        LONG_AFFIXES("long-affixes"),
        /**
         * A capitalised run that opens the sentence: each of its words gets its run position with how the
         * sentence's first word is usually written (casing table), since a capital there says nothing by itself
         * ("Police said", "Reuters said": the first word usually lower-case or usually capitalised).
         */
        INITIAL_CASING("initial-casing");

        final String option;

        Extension(String option) {
            this.option = option;
        }

        int bit() {
            return 1 << ordinal();
        }

        boolean in(int extensions) {
            return (extensions & bit()) != 0;
        }

        /** The bits of named extensions ("none" or an empty set: 0); an unknown name fails with the known ones. */
        static int parse(java.util.Collection<String> names) {
            int bits = 0;
            for (String name : names) {
                if (name.isBlank() || name.equals("none")) {
                    continue;
                }
                Extension found = null;
                for (Extension e : values()) {
                    if (e.option.equals(name.strip())) {
                        found = e;
                    }
                }
                if (found == null) {
                    throw new IllegalArgumentException("unknown NER feature extension '" + name + "' (known: "
                            + java.util.Arrays.stream(values()).map(e -> e.option).toList() + ", none)");
                }
                bits |= found.bit();
            }
            return bits;
        }

        /** The option names of the bits, comma-separated ("none" for 0). */
        static String names(int bits) {
            java.util.StringJoiner j = new java.util.StringJoiner(",");
            for (Extension e : values()) {
                if (e.in(bits)) {
                    j.add(e.option);
                }
            }
            return bits == 0 ? "none" : j.toString();
        }
    }

    private static final int EXT_CONTEXT_CLUSTER_WIDE = 40, EXT_CONTEXT_CLUSTER_FINE = 41, EXT_PREV_CLUSTER = 42,
            EXT_GEO = 43, EXT_CONTEXT_GEO = 44, EXT_RULE_LIST = 45, EXT_CONTEXT_RULE_LIST = 46,
            EXT_LONG_SUFFIX = 47, EXT_LONG_PREFIX = 48, EXT_INITIAL_RUN = 49;

    /** Loaded only by models that use it. */
    private static final class GeoCities {
        static final Gazetteer GAZETTEER = Gazetteer.of("geonames-cities");
    }

    /** Loaded only by models that use it; the lists' sources are in their headers. */
    private static final class RuleLists {
        static final Gazetteer GAZETTEER = Gazetteer.of("companies", "institutions", "parties", "states", "peoples");
    }

    /**
     * The words the tagger computes features from: {@link #truecased} when the model has {@link Extension#TRUECASE},
     * else the words as written. Training reads its sentences as written: re-cased, the few lower-case sentences of
     * the training data would look like the running text it already holds, and leaving them be keeps the weights
     * (and every figure on ordinary text) exactly those of the same model without the extension.
     */
    String[] forTagging(String[] words) {
        return Extension.TRUECASE.in(extensions) ? truecased(words) : words;
    }

    /**
     * The sentence as it would usually be written when its casing says nothing (no capital at all, or title case:
     * every word capitalised, including at least two words usually written in lower case); otherwise the sentence
     * itself. Each word takes its usual form from the casing table (lower case, Capitalised or ALL CAPS); a word
     * the table does not know stays as written; the first word is capitalised as in running text. All-caps lines
     * are left to the model, which learns them from the trainer's all-caps copies: re-cased, they scored lower in
     * cross-validation (TRAINING.md, casing robustness).
     */
    String[] truecased(String[] words) {
        int letters = 0;
        int upper = 0;
        int alphabetic = 0;
        int capitalisedWords = 0;
        for (String w : words) {
            for (int k = 0; k < w.length(); k++) {
                char c = w.charAt(k);
                if (Character.isLetter(c)) {
                    letters++;
                    if (Character.isUpperCase(c)) {
                        upper++;
                    }
                }
            }
            if (!w.isEmpty() && Character.isLetter(w.charAt(0))) {
                alphabetic++;
                if (Character.isUpperCase(w.charAt(0))) {
                    capitalisedWords++;
                }
            }
        }
        boolean allCaps = letters >= 8 && upper >= letters * 0.9;
        boolean noCapitals = letters >= 8 && upper == 0;
        // looked up only for the rare candidate, so running text costs one pass over its characters
        boolean title = !allCaps && alphabetic >= 4 && capitalisedWords == alphabetic && usuallyLower(words) >= 2;
        if (!noCapitals && !title) {
            return words;
        }
        String[] out = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            int usual = w.isEmpty() || !Character.isLetter(w.charAt(0)) ? UNKNOWN_CASING : usualCasing(w);
            if (usual == UNKNOWN_CASING) {
                out[i] = w;
            } else if (usual >= 4) { // capitalised at least half the time (NerTrainer.casing: bucket 2r + a, r >= 2)
                out[i] = (usual & 1) == 1 ? w.toUpperCase(Locale.ROOT) : capitalise(w.toLowerCase(Locale.ROOT));
            } else {
                out[i] = w.toLowerCase(Locale.ROOT);
            }
            if (i == 0) {
                out[i] = capitalise(out[i]);
            }
        }
        return out;
    }

    /** Words after the first that the casing table says are written in lower case (bucket 0-1). */
    private int usuallyLower(String[] words) {
        int count = 0;
        for (int i = 1; i < words.length; i++) {
            int usual = usualCasing(words[i]);
            if (usual != UNKNOWN_CASING && usual < 2) {
                count++;
            }
        }
        return count;
    }

    private int usualCasing(String w) {
        return casing.get(FeatureHash.key(FeatureHash.of(w.toLowerCase(Locale.ROOT))), UNKNOWN_CASING);
    }

    private static String capitalise(String w) {
        return w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
    }

    private void prepareExtensions(Prepared p) {
        p.extensions = extensions;
        if (geoCities != null) {
            p.geo = geoCities.match(p.word, p.cased);
        }
        if (ruleLists != null) {
            p.ruleList = ruleLists.match(p.word, p.cased);
        }
    }

    private static void extensionFeatures(Prepared p, int i, Buffer out) {
        if (p.cluster != null && Extension.WIDE_CLUSTERS.in(p.extensions)) {
            for (int d = -2; d <= 2; d++) {
                int j = i + d;
                if (d == -2 || d == 2) {
                    long cj = j < 0 ? START : j >= p.length ? END : WordClusters.coarse(p.cluster[j]);
                    out.add(h(EXT_CONTEXT_CLUSTER_WIDE, d, cj));
                } else if (d != 0) {
                    long fj = j < 0 ? START : j >= p.length ? END : WordClusters.fine(p.cluster[j]);
                    out.add(h(EXT_CONTEXT_CLUSTER_FINE, d, fj));
                }
            }
        }
        if (p.geo != null) {
            gazetteerWindow(EXT_GEO, EXT_CONTEXT_GEO, p.geo, i, out);
        }
        if (Extension.INITIAL_CASING.in(p.extensions) && !p.allCaps && p.capRun[0] != 0) {
            // the opening run covers token i when no lower-case word stands between it and the sentence's start
            boolean inOpeningRun = true;
            for (int k = 1; k <= i && inOpeningRun; k++) {
                inOpeningRun = p.capRun[k] != 0;
            }
            if (inOpeningRun) {
                out.add(h(EXT_INITIAL_RUN, p.capRun[i], p.casingClass[0]));
            }
        }
        if (Extension.LONG_AFFIXES.in(p.extensions)) {
            String low = p.low[i];
            int len = low.length();
            if (len >= 5) {
                out.add(h(EXT_LONG_SUFFIX, FeatureHash.chars(low, len - 5, len)));
            }
            if (len >= 4) {
                out.add(h(EXT_LONG_PREFIX, FeatureHash.chars(low, 0, 4)));
            }
        }
        if (p.ruleList != null) {
            gazetteerWindow(EXT_RULE_LIST, EXT_CONTEXT_RULE_LIST, p.ruleList, i, out);
        }
    }

    private static void extensionTransition(Prepared p, int i, int prev, Buffer out) {
        if (p.cluster != null && Extension.PREV_CLUSTER.in(p.extensions)) {
            out.add(h(EXT_PREV_CLUSTER, prev, WordClusters.coarse(p.cluster[i])));
        }
    }

    /** Hash of the word shape: Xxxx -> Xx (collapsed) or Xxxx truncated; digits d, other characters kept. */
    static long shape(String w, boolean collapse) {
        long h = collapse ? 0x5348_4f52_54L : 0x5348_4150_45L;
        char last = 0;
        int run = 0;
        int written = 0;
        for (int k = 0; k < w.length() && written < 12; k++) {
            char c = w.charAt(k);
            char s = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x'
                    : Character.isDigit(c) ? 'd' : Character.isLetter(c) ? 'x' : c;
            run = s == last ? run + 1 : 1;
            last = s;
            if (collapse ? run == 1 : run <= 3) {
                h = FeatureHash.combine(h, s);
                written++;
            }
        }
        return h;
    }
}
