package dev.newsflow.enricher.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Word clusters: read from their file, stored in the model, and used to type words the training never saw. */
class WordClustersTest {

    private static Path clustersFile(Path dir, String... lines) throws IOException {
        Path file = dir.resolve("clusters.tsv.gz");
        try (Writer out = new java.io.OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file)),
                StandardCharsets.UTF_8)) {
            for (String line : lines) {
                out.write(line + "\n");
            }
        }
        return file;
    }

    @Test
    void readsFineAndCoarseClustersOfLowerCasedWords(@TempDir Path dir) throws IOException {
        WordClusters clusters = WordClusters.read(clustersFile(dir, "smith\t7\t2", "paris\t300\t5"));
        int smith = clusters.get(FeatureHash.key(FeatureHash.of("smith")));
        assertThat(WordClusters.fine(smith)).isEqualTo(7);
        assertThat(WordClusters.coarse(smith)).isEqualTo(2);
        assertThat(WordClusters.fine(clusters.get(FeatureHash.key(FeatureHash.of("paris"))))).isEqualTo(300);
        assertThat(clusters.get(FeatureHash.key(FeatureHash.of("london")))).isEqualTo(WordClusters.UNKNOWN);
        assertThat(clusters.fineCount()).isEqualTo(301);
    }

    @Test
    void refusesAMalformedLineWithItsNumber(@TempDir Path dir) throws IOException {
        Path file = clustersFile(dir, "smith\t7\t2", "paris 300 5");
        assertThatThrownBy(() -> WordClusters.read(file)).isInstanceOf(IOException.class)
                .hasMessageContaining(":2:");
    }

    /**
     * Persons and places stand in the same contexts, so only the clusters tell the unseen "Zork" (a person's
     * cluster) from the unseen "Blorp" (a place's); the model written to disk must carry the clusters for it.
     */
    @Test
    void typesUnseenWordsByTheirClusterAfterAModelRoundTrip(@TempDir Path dir) throws IOException {
        Path clusters = clustersFile(dir, "smith\t1\t0", "jones\t1\t0", "brown\t1\t0", "zork\t1\t0",
                "paris\t2\t1", "london\t2\t1", "cairo\t2\t1", "blorp\t2\t1");
        List<ConllCorpus.Sentence> train = new ArrayList<>();
        for (String person : List.of("Smith", "Jones", "Brown")) {
            train.add(new ConllCorpus.Sentence(new String[] {"They", "saw", person, "today", "."},
                    new String[] {"O", "O", "B-PER", "O", "O"}));
        }
        for (String place : List.of("Paris", "London", "Cairo")) {
            train.add(new ConllCorpus.Sentence(new String[] {"They", "saw", place, "today", "."},
                    new String[] {"O", "O", "B-LOC", "O", "O"}));
        }
        NerTrainer trainer = new NerTrainer(new PrintStream(OutputStream.nullOutputStream()));
        Path model = dir.resolve("model.bin.gz");
        trainer.train(new NerTrainer.Options(List.of(), null, 1, 1.0, 0.0, 5, 13, Set.of(), clusters), train,
                List.of(), model);

        NerTagger tagger = NerTagger.load(model);
        assertThat(tagger.tag(new String[] {"They", "saw", "Zork", "today", "."})[2]).isEqualTo("B-PER");
        assertThat(tagger.tag(new String[] {"They", "saw", "Blorp", "today", "."})[2]).isEqualTo("B-LOC");
    }
}
