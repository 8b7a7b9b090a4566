package dev.newsflow.enricher.ner;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * Trains the {@link NerTagger}'s averaged perceptron from {@code token TAG} files: convention relabelling,
 * word-casing statistics, all-caps copies of some sentences (headlines), then structured perceptron epochs
 * (Collins 2002): each sentence is decoded with {@link Viterbi} as the tagger decodes, and the features of the
 * gold and the predicted sequences are rewarded and penalised where they differ. Deterministic for a seed.
 */
public final class NerTrainer {

    /**
     * Training options.
     *
     * @param train          GMB-style training files (all documents used)
     * @param wikigold       a CoNLL-convention file whose even-numbered documents are added (odd ones held out), or null
     * @param wikigoldRepeat how many times the wikigold documents are repeated (they follow the target conventions)
     * @param sample         fraction of training sentences kept (1 = all), for quick iterations
     * @param upperRate      fraction of sentences added again in capitals
     * @param epochs         perceptron passes
     * @param seed           random seed
     * @param relabel        convention rules to apply to the training files (see {@link ConventionRelabeller})
     * @param clusters       word clusters file ({@link WordClusters#read}) stored in the model, or null for none
     * @param extensions     optional feature templates ({@code wide-clusters}, {@code prev-cluster},
     *                       {@code geo-cities}; see {@link NerFeatures.Extension}), stored in the model
     */
    public record Options(List<Path> train, Path wikigold, int wikigoldRepeat, double sample, double upperRate,
                          int epochs, long seed, Set<String> relabel, Path clusters, Set<String> extensions) {

        public Options {
            extensions = extensions == null ? Set.of() : Set.copyOf(extensions);
            NerFeatures.Extension.parse(extensions); // fails early on an unknown name
        }

        /** The options without extensions (the feature set of format-3 models). */
        public Options(List<Path> train, Path wikigold, int wikigoldRepeat, double sample, double upperRate,
                       int epochs, long seed, Set<String> relabel, Path clusters) {
            this(train, wikigold, wikigoldRepeat, sample, upperRate, epochs, seed, relabel, clusters, Set.of());
        }
    }

    private final PrintStream log;

    public NerTrainer(PrintStream log) {
        this.log = log;
    }

    /** The odd-numbered documents of a wikigold-style file: the part never trained on. */
    public static List<ConllCorpus.Document> heldOutHalf(List<ConllCorpus.Document> docs) {
        List<ConllCorpus.Document> out = new ArrayList<>();
        for (int i = 1; i < docs.size(); i += 2) {
            out.add(docs.get(i));
        }
        return out;
    }

    /** The even-numbered documents of a wikigold-style file: the part trained on. */
    public static List<ConllCorpus.Document> trainingHalf(List<ConllCorpus.Document> docs) {
        List<ConllCorpus.Document> out = new ArrayList<>();
        for (int i = 0; i < docs.size(); i += 2) {
            out.add(docs.get(i));
        }
        return out;
    }

    /** Trains on the option's files and writes the gzipped model to {@code output}; returns the tagger. */
    public NerTagger train(Options o, Path output) throws IOException {
        List<ConllCorpus.Sentence> gmb = new ArrayList<>();
        for (Path p : o.train()) {
            for (ConllCorpus.Document d : ConllCorpus.read(p)) {
                gmb.addAll(d.sentences());
            }
        }
        List<ConllCorpus.Document> conll = o.wikigold() == null ? List.of() : trainingHalf(ConllCorpus.read(o.wikigold()));
        return train(o, gmb, conll, output);
    }

    /**
     * Trains on given sentences (the cross-validation's folds): GMB-style sentences, relabelled to CoNLL
     * conventions on copies (the caller's tags are left as they are), and documents already in CoNLL conventions,
     * repeated {@link Options#wikigoldRepeat} times. Writes the model to {@code output} unless it is null.
     */
    public NerTagger train(Options o, List<ConllCorpus.Sentence> gmb, List<ConllCorpus.Document> conll, Path output)
            throws IOException {
        long t0 = System.nanoTime();
        Gazetteer gazetteer = Gazetteer.bundled();
        Random random = new Random(o.seed());
        ConventionRelabeller relabeller = new ConventionRelabeller(gazetteer, o.relabel());
        List<ConllCorpus.Sentence> sentences = new ArrayList<>();
        for (ConllCorpus.Sentence original : gmb) {
            if (o.sample() >= 1 || random.nextDouble() < o.sample()) {
                ConllCorpus.Sentence s = new ConllCorpus.Sentence(original.words(), original.tags().clone());
                relabeller.relabel(s.words(), s.tags());
                sentences.add(s);
            }
        }
        log.printf(Locale.ROOT, "training sentences: %d (%d spans relabelled to CoNLL conventions)%n",
                sentences.size(), relabeller.changed);
        if (!conll.isEmpty()) {
            int n = 0;
            for (ConllCorpus.Document d : conll) {
                for (int r = 0; r < o.wikigoldRepeat(); r++) {
                    sentences.addAll(d.sentences());
                    n += d.sentences().size();
                }
            }
            log.printf(Locale.ROOT, "wikigold sentences added (x%d): %d%n", o.wikigoldRepeat(), n);
        }
        LongIntTable casing = casing(sentences);
        int originals = sentences.size();
        for (int i = 0; i < originals; i++) {
            if (random.nextDouble() < o.upperRate()) {
                ConllCorpus.Sentence s = sentences.get(i);
                String[] up = Arrays.stream(s.words()).map(w -> w.toUpperCase(Locale.ROOT)).toArray(String[]::new);
                sentences.add(new ConllCorpus.Sentence(up, s.tags()));
            }
        }
        log.printf(Locale.ROOT, "with all-caps copies: %d sentences; casing vocabulary %d words%n",
                sentences.size(), casing.size());

        WordClusters clusters = o.clusters() == null ? WordClusters.NONE : WordClusters.read(o.clusters());
        if (!clusters.isEmpty()) {
            log.printf(Locale.ROOT, "word clusters: %d words, %d fine clusters (%s)%n", clusters.size(),
                    clusters.fineCount(), o.clusters());
        }
        int extensions = NerFeatures.Extension.parse(o.extensions());
        if (extensions != 0) {
            log.printf(Locale.ROOT, "feature extensions: %s%n", NerFeatures.Extension.names(extensions));
        }
        NerFeatures features = new NerFeatures(gazetteer, casing, clusters, extensions);
        String[] labels = Labels.ALL;
        int nl = labels.length;
        Map<String, Integer> labelIndex = new HashMap<>();
        for (int l = 0; l < nl; l++) {
            labelIndex.put(labels[l], l);
        }
        Weights weights = new Weights(nl);
        List<NerFeatures.Prepared> prepared = new ArrayList<>(sentences.size());
        List<int[][]> fixedIds = new ArrayList<>(sentences.size());
        List<int[]> gold = new ArrayList<>(sentences.size());
        NerFeatures.Buffer buf = new NerFeatures.Buffer();
        for (ConllCorpus.Sentence s : sentences) {
            NerFeatures.Prepared p = features.prepare(s.words());
            int[][] ids = new int[s.words().length][];
            int[] g = new int[s.words().length];
            for (int i = 0; i < ids.length; i++) {
                buf.clear();
                features.fixed(p, i, buf);
                ids[i] = new int[buf.size];
                for (int k = 0; k < buf.size; k++) {
                    ids[i][k] = weights.id(buf.keys[k]);
                }
                Integer li = labelIndex.get(s.tags()[i]);
                if (li == null) {
                    throw new IOException("unknown tag " + s.tags()[i] + " (expected IOB2 with PER/ORG/LOC/MISC)");
                }
                g[i] = li;
            }
            prepared.add(p);
            fixedIds.add(ids);
            gold.add(g);
        }
        log.printf(Locale.ROOT, "features: %d (%.1f s)%n", weights.size(), (System.nanoTime() - t0) / 1e9);

        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            order.add(i);
        }
        for (int epoch = 1; epoch <= o.epochs(); epoch++) {
            Collections.shuffle(order, random);
            int errors = 0;
            int tokens = 0;
            for (int si : order) {
                NerFeatures.Prepared p = prepared.get(si);
                int[][] ids = fixedIds.get(si);
                int[] g = gold.get(si);
                int n = ids.length;
                // transition feature ids per token and previous label
                int[][][] trans = new int[n][nl + 1][];
                float[] emission = new float[n * nl];
                float[] transition = new float[n * (nl + 1) * nl];
                for (int i = 0; i < n; i++) {
                    weights.score(ids[i], emission, i * nl);
                    for (int prev = 0; prev <= nl; prev++) {
                        if ((i == 0) != (prev == Labels.START)) {
                            continue;
                        }
                        buf.clear();
                        NerFeatures.transitionBias(prev, buf);
                        NerFeatures.transition(p, i, prev, buf);
                        trans[i][prev] = new int[buf.size];
                        for (int k = 0; k < buf.size; k++) {
                            trans[i][prev][k] = weights.id(buf.keys[k]);
                        }
                        weights.score(trans[i][prev], transition, (i * (nl + 1) + prev) * nl);
                    }
                }
                int[] predicted = new int[n];
                Viterbi.decode(n, emission, transition, predicted);
                weights.tick();
                for (int i = 0; i < n; i++) {
                    int goldPrev = i == 0 ? Labels.START : g[i - 1];
                    int predPrev = i == 0 ? Labels.START : predicted[i - 1];
                    if (predicted[i] != g[i]) {
                        errors++;
                        weights.update(ids[i], g[i], 1);
                        weights.update(ids[i], predicted[i], -1);
                    }
                    if (predicted[i] != g[i] || goldPrev != predPrev) {
                        weights.update(trans[i][goldPrev], g[i], 1);
                        weights.update(trans[i][predPrev], predicted[i], -1);
                    }
                }
                tokens += n;
            }
            log.printf(Locale.ROOT, "epoch %d: token error rate %.4f (%.1f s)%n", epoch, errors / (double) tokens,
                    (System.nanoTime() - t0) / 1e9);
        }
        PerceptronModel model = weights.averaged(labels, casing, clusters, extensions);
        if (output == null) {
            return new NerTagger(model, gazetteer);
        }
        Files.createDirectories(output.toAbsolutePath().getParent());
        try (OutputStream out = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(output)), 1 << 16)) {
            model.write(out);
        }
        log.printf(Locale.ROOT, "model: %d features kept, %s (%.1f KB) written in %.1f s%n", model.index.size(), output,
                Files.size(output) / 1024.0, (System.nanoTime() - t0) / 1e9);
        return new NerTagger(model, gazetteer);
    }

    /**
     * How each word is usually written, from non-initial tokens: bucket 2*r + a, r = 0 (always lower case)
     * .. 3 (always capitalised), a = 1 when mostly all-caps. Words seen fewer than twice are left out.
     */
    static LongIntTable casing(List<ConllCorpus.Sentence> sentences) {
        Map<String, int[]> counts = new HashMap<>();
        for (ConllCorpus.Sentence s : sentences) {
            for (int i = 1; i < s.words().length; i++) {
                String w = s.words()[i];
                if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
                    continue;
                }
                int[] c = counts.computeIfAbsent(w.toLowerCase(Locale.ROOT), k -> new int[3]);
                boolean allUpper = w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT));
                if (allUpper) {
                    c[2]++;
                } else if (Character.isUpperCase(w.charAt(0))) {
                    c[1]++;
                } else {
                    c[0]++;
                }
            }
        }
        LongIntTable out = new LongIntTable(counts.size());
        counts.forEach((w, c) -> {
            int total = c[0] + c[1] + c[2];
            if (total < 2) {
                return;
            }
            double capital = (c[1] + c[2]) / (double) total;
            int r = capital < 0.05 ? 0 : capital < 0.5 ? 1 : capital < 0.95 ? 2 : 3;
            out.put(FeatureHash.key(FeatureHash.of(w)), 2 * r + (c[2] > c[1] ? 1 : 0), 0);
        });
        return out;
    }

    /** Growable perceptron weights with lazy averaging, by feature key. */
    private static final class Weights {
        private final int nl;
        private final LongIntTable index = new LongIntTable(1 << 20);
        private int[] keys = new int[1 << 16];
        private int size;
        private float[] w = new float[0];
        private double[] u = new double[0]; // sum of c * delta, for the average w - u / c
        private long c = 1;

        Weights(int nl) {
            this.nl = nl;
        }

        int id(int key) {
            int id = index.get(key, -1);
            if (id < 0) {
                id = size++;
                index.put(key, id, -1);
                if (id == keys.length) {
                    keys = Arrays.copyOf(keys, keys.length * 2);
                }
                keys[id] = key;
            }
            return id;
        }

        int size() {
            return size;
        }

        private void ensure() {
            int need = size * nl;
            if (w.length < need) {
                // whole rows only: score() skips a row that starts past the end, and must never read half of one
                int cap = Math.max(need, w.length * 3 / 2 + nl * 1024) / nl * nl;
                w = Arrays.copyOf(w, cap);
                u = Arrays.copyOf(u, cap);
            }
        }

        void score(int[] ids, float[] scores, int offset) {
            int limit = w.length;
            for (int id : ids) {
                int base = id * nl;
                if (base >= limit) {
                    continue;
                }
                for (int l = 0; l < nl; l++) {
                    scores[offset + l] += w[base + l];
                }
            }
        }

        void tick() {
            c++;
        }

        void update(int[] ids, int label, int delta) {
            ensure();
            for (int id : ids) {
                w[id * nl + label] += delta;
                u[id * nl + label] += (double) c * delta;
            }
        }

        PerceptronModel averaged(String[] labels, LongIntTable casing, WordClusters clusters, int extensions) {
            ensure();
            LongIntTable kept = new LongIntTable(size);
            float[] out = new float[size * nl];
            int f2 = 0;
            for (int f = 0; f < size; f++) {
                boolean any = false;
                for (int l = 0; l < nl; l++) {
                    double avg = w[f * nl + l] - u[f * nl + l] / c;
                    if (Math.abs(avg) > 1e-3) {
                        any = true;
                    }
                    out[f2 * nl + l] = (float) avg;
                }
                if (any) {
                    kept.put(keys[f], f2, -1);
                    f2++;
                }
            }
            return new PerceptronModel(labels, kept, Arrays.copyOf(out, f2 * nl), casing, clusters, extensions);
        }
    }
}
