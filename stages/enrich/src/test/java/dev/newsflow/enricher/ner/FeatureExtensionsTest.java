package dev.newsflow.enricher.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.DataInputStream;
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
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Optional feature templates: named in the training options, stored in the model, used again when it tags. */
class FeatureExtensionsTest {

    private static final NerTrainer TRAINER = new NerTrainer(new PrintStream(OutputStream.nullOutputStream()));

    private static Path clustersFile(Path dir) throws IOException {
        Path file = dir.resolve("clusters.tsv.gz");
        try (Writer out = new java.io.OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file)),
                StandardCharsets.UTF_8)) {
            out.write("smith\t1\t0\njones\t1\t0\nparis\t2\t1\n");
        }
        return file;
    }

    private static int formatVersion(Path model) throws IOException {
        try (DataInputStream in = new DataInputStream(new GZIPInputStream(Files.newInputStream(model)))) {
            in.readInt(); // magic
            return in.readInt();
        }
    }

    private static List<ConllCorpus.Sentence> sentences(List<String> names, String tag) {
        List<ConllCorpus.Sentence> out = new ArrayList<>();
        for (String name : names) {
            out.add(new ConllCorpus.Sentence(new String[] {"They", "saw", name, "today", "."},
                    new String[] {"O", "O", tag, "O", "O"}));
        }
        return out;
    }

    private static NerTrainer.Options options(Path clusters, Set<String> extensions) {
        return new NerTrainer.Options(List.of(), null, 1, 1.0, 0.0, 5, 13, Set.of(), clusters, extensions);
    }

    @Test
    void aModelWithoutExtensionsIsWrittenInFormat3AndOneWithThemInFormat4(@TempDir Path dir) throws IOException {
        List<ConllCorpus.Sentence> train = sentences(List.of("Smith", "Jones"), "B-PER");
        Path plain = dir.resolve("plain.bin.gz");
        Path extended = dir.resolve("extended.bin.gz");
        TRAINER.train(options(clustersFile(dir), Set.of()), train, List.of(), plain);
        TRAINER.train(options(clustersFile(dir), Set.of("prev-cluster", "wide-clusters")), train, List.of(), extended);

        assertThat(formatVersion(plain)).isEqualTo(3);
        assertThat(formatVersion(extended)).isEqualTo(4);
        try (var in = new GZIPInputStream(Files.newInputStream(extended))) {
            assertThat(PerceptronModel.read(in).extensions).isEqualTo(NerFeatures.Extension.parse(
                    List.of("prev-cluster", "wide-clusters")));
        }
        assertThat(NerTagger.load(extended).tag(new String[] {"They", "saw", "Smith", "today", "."})[2])
                .isEqualTo("B-PER");
    }

    /** GeoNames cities missing from the hand-written lists get the list's features; other words none. */
    @Test
    void geoNamesCitiesAddFeaturesOnlyToListedCities() {
        String[] words = {"They", "saw", "Arequipa", "and", "Zork", "."};
        NerFeatures plain = new NerFeatures(Gazetteer.bundled(), new LongIntTable(4), WordClusters.NONE);
        NerFeatures geo = new NerFeatures(Gazetteer.bundled(), new LongIntTable(4), WordClusters.NONE,
                NerFeatures.Extension.GEO_CITIES.bit());
        NerFeatures.Prepared p = plain.prepare(words);
        NerFeatures.Prepared g = geo.prepare(words);

        assertThat(p.gaz[2]).as("Arequipa is on no hand-written list").isZero();
        assertThat(g.geo[2]).as("Arequipa begins a GeoNames match, case exact").isEqualTo(0b101);
        assertThat(g.geo[4]).isZero();
        assertThat(featureCount(geo, g, 2)).isEqualTo(featureCount(plain, p, 2) + 2);
        // its neighbours see it too
        assertThat(featureCount(geo, g, 3)).isEqualTo(featureCount(plain, p, 3) + 2);
        assertThat(featureCount(geo, g, 5)).isEqualTo(featureCount(plain, p, 5));
    }

    /** The rule-only lists (here companies.txt) become features of a listed name and its neighbours. */
    @Test
    void ruleListsAddFeaturesOnlyToListedNames() {
        String[] words = {"They", "saw", "Heineken", "and", "Zork", "."};
        NerFeatures plain = new NerFeatures(Gazetteer.bundled(), new LongIntTable(4), WordClusters.NONE);
        NerFeatures lists = new NerFeatures(Gazetteer.bundled(), new LongIntTable(4), WordClusters.NONE,
                NerFeatures.Extension.RULE_LISTS.bit());
        NerFeatures.Prepared p = plain.prepare(words);
        NerFeatures.Prepared l = lists.prepare(words);

        assertThat(p.gaz[2]).as("Heineken is on none of the model's own lists").isZero();
        assertThat(l.ruleList[2]).as("Heineken begins a companies.txt match, case exact").isEqualTo(0b101);
        assertThat(l.ruleList[4]).isZero();
        assertThat(featureCount(lists, l, 2)).isEqualTo(featureCount(plain, p, 2) + 2);
        assertThat(featureCount(lists, l, 1)).isEqualTo(featureCount(plain, p, 1) + 2);
        assertThat(featureCount(lists, l, 4)).isEqualTo(featureCount(plain, p, 4));
    }

    @Test
    void longAffixesAreAddedOnlyToWordsLongEnough() {
        String[] words = {"Abramovich", "ran", "Rosa", "."};
        NerFeatures plain = new NerFeatures(Gazetteer.bundled(), new LongIntTable(4), WordClusters.NONE);
        NerFeatures affixes = new NerFeatures(Gazetteer.bundled(), new LongIntTable(4), WordClusters.NONE,
                NerFeatures.Extension.LONG_AFFIXES.bit());
        NerFeatures.Prepared p = plain.prepare(words);
        NerFeatures.Prepared a = affixes.prepare(words);

        assertThat(featureCount(affixes, a, 0)).as("-ovich and abra-").isEqualTo(featureCount(plain, p, 0) + 2);
        assertThat(featureCount(affixes, a, 2)).as("rosa-, no five-letter suffix").isEqualTo(featureCount(plain, p, 2) + 1);
        assertThat(featureCount(affixes, a, 1)).isEqualTo(featureCount(plain, p, 1));
    }

    @Test
    void initialCasingMarksOnlyTheRunThatOpensTheSentence() {
        String[] words = {"Police", "Chief", "Smith", "met", "John", "Brown", "."};
        NerFeatures plain = new NerFeatures(Gazetteer.bundled(), new LongIntTable(4), WordClusters.NONE);
        NerFeatures initial = new NerFeatures(Gazetteer.bundled(), new LongIntTable(4), WordClusters.NONE,
                NerFeatures.Extension.INITIAL_CASING.bit());
        NerFeatures.Prepared p = plain.prepare(words);
        NerFeatures.Prepared n = initial.prepare(words);

        for (int i = 0; i < 3; i++) {
            assertThat(featureCount(initial, n, i)).as("word %d of the opening run", i)
                    .isEqualTo(featureCount(plain, p, i) + 1);
        }
        for (int i = 3; i < words.length; i++) {
            assertThat(featureCount(initial, n, i)).as("word %d after it", i).isEqualTo(featureCount(plain, p, i));
        }
        String[] lower = {"police", "met", "John", "."};
        assertThat(featureCount(initial, initial.prepare(lower), 2))
                .isEqualTo(featureCount(plain, plain.prepare(lower), 2));
    }

    private static int featureCount(NerFeatures features, NerFeatures.Prepared p, int i) {
        NerFeatures.Buffer out = new NerFeatures.Buffer();
        features.fixed(p, i, out);
        return out.size;
    }

    @Test
    void previousLabelTimesClusterIsATransitionFeatureOnlyWhenAsked(@TempDir Path dir) throws IOException {
        WordClusters clusters = WordClusters.read(clustersFile(dir));
        String[] words = {"Smith", "said"};
        NerFeatures.Buffer plain = new NerFeatures.Buffer();
        NerFeatures.Buffer extended = new NerFeatures.Buffer();
        NerFeatures.transition(new NerFeatures(Gazetteer.bundled(), new LongIntTable(4), clusters)
                .prepare(words), 1, 0, plain);
        NerFeatures.transition(new NerFeatures(Gazetteer.bundled(), new LongIntTable(4), clusters,
                NerFeatures.Extension.PREV_CLUSTER.bit()).prepare(words), 1, 0, extended);

        assertThat(extended.size).isEqualTo(plain.size + 1);
    }

    @Test
    void anUnknownExtensionFailsWithTheKnownNames() {
        assertThatThrownBy(() -> options(null, Set.of("sports-clubs"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sports-clubs").hasMessageContaining("geo-cities");
        assertThat(NerFeatures.Extension.parse(List.of("none"))).isZero();
    }
}
