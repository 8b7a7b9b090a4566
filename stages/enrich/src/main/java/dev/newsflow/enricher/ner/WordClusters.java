package dev.newsflow.enricher.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Word clusters learnt from unlabelled text: each known lower-cased word has a fine cluster and the coarse cluster
 * that fine cluster belongs to. A rare name the training data never showed ("Budjana", "Qinetiq") then shares
 * features with the frequent words of its cluster (surnames, companies, towns). The map is built by
 * {@code stages/enrich/tools/word_clusters.py} from GloVe vectors and stored inside the model by
 * {@link PerceptronModel}, so a model and its clusters always travel together.
 */
final class WordClusters {

    /** No clusters: the tagger emits no cluster features (models trained without them). */
    static final WordClusters NONE = new WordClusters(new LongIntTable(4), 0);

    static final int UNKNOWN = -1;

    // word key (FeatureHash.key of the lower-cased word) -> fine << 16 | coarse
    private final LongIntTable clusters;
    private final int fineCount;

    WordClusters(LongIntTable clusters, int fineCount) {
        this.clusters = clusters;
        this.fineCount = fineCount;
    }

    boolean isEmpty() {
        return clusters.size() == 0;
    }

    int size() {
        return clusters.size();
    }

    int fineCount() {
        return fineCount;
    }

    /** The packed clusters ({@link #fine}, {@link #coarse}) of a word key, or {@link #UNKNOWN}. */
    int get(int wordKey) {
        return clusters.get(wordKey, UNKNOWN);
    }

    static int fine(int packed) {
        return packed == UNKNOWN ? UNKNOWN : packed >>> 16;
    }

    static int coarse(int packed) {
        return packed == UNKNOWN ? UNKNOWN : packed & 0xffff;
    }

    static int pack(int fine, int coarse) {
        if (fine < 0 || fine > 0x7fff || coarse < 0 || coarse > 0xffff) {
            throw new IllegalArgumentException("cluster ids out of range: " + fine + ", " + coarse);
        }
        return fine << 16 | coarse;
    }

    LongIntTable table() {
        return clusters;
    }

    /** Reads a gzipped {@code word TAB fine TAB coarse} file; a malformed line fails with its line number. */
    static WordClusters read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("no word clusters file " + file.toAbsolutePath()
                    + " (defaults are relative to the project root; --clusters none trains without clusters)");
        }
        LongIntTable table = new LongIntTable(1 << 17);
        int maxFine = -1;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                String[] f = line.split("\t");
                if (f.length != 3) {
                    throw new IOException(file + ":" + number + ": expected word<TAB>fine<TAB>coarse, got: " + line);
                }
                int fine;
                int coarse;
                try {
                    fine = Integer.parseInt(f[1]);
                    coarse = Integer.parseInt(f[2]);
                } catch (NumberFormatException e) {
                    throw new IOException(file + ":" + number + ": cluster ids are not numbers: " + line, e);
                }
                maxFine = Math.max(maxFine, fine);
                // same key as NerFeatures' lower-cased word hash; the first (most frequent) spelling wins
                int key = FeatureHash.key(FeatureHash.of(f[0]));
                if (table.get(key, UNKNOWN) == UNKNOWN) {
                    table.put(key, pack(fine, coarse), UNKNOWN);
                }
            }
        }
        return new WordClusters(table, maxFine + 1);
    }
}
