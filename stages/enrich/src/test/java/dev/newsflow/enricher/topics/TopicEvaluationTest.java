package dev.newsflow.enricher.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.newsflow.enricher.TopicClassifier;
import dev.newsflow.model.TopicScore;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopicEvaluationTest {

    private static Path fixture() throws URISyntaxException {
        return Path.of(TopicEvaluationTest.class.getResource("/topics/tiny.tsv").toURI());
    }

    @Test
    void readsTheLabelledFixture() throws Exception {
        List<TopicCorpus.Document> docs = TopicCorpus.read(fixture());
        assertThat(docs).hasSize(5);
        assertThat(docs.getFirst().label()).isEqualTo("sport");
        assertThat(docs.getFirst().headline()).isEqualTo("Rovers win the derby");
    }

    @Test
    void scoresAccuracyPerTopicAndConfusions() throws Exception {
        List<TopicCorpus.Document> docs = TopicCorpus.read(fixture());
        // a classifier that calls everything sport: 1 of 5 right
        TopicEvaluation.Score s = TopicEvaluation.score(docs,
                d -> List.of(new TopicScore("medtop:15000000", "sport", "sport", 1.0)));
        assertThat(s.accuracy()).isCloseTo(0.2, within(1e-9));
        double[] sport = s.prf("sport");
        assertThat(sport[0]).isCloseTo(0.2, within(1e-9));   // precision: 1 of 5
        assertThat(sport[1]).isCloseTo(1.0, within(1e-9));   // recall: 1 of 1
        assertThat(s.prf("politics")[1]).isZero();
        assertThat(s.confusions()).containsEntry("politics -> sport", 1).hasSize(4);
        assertThat(s.report(3)).contains("accuracy 20.0 %", "politics -> sport");
        assertThat(s.restrictedTo(List.of("sport", "politics")).accuracy()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void countsNoTopicAsAMiss() throws Exception {
        List<TopicCorpus.Document> docs = TopicCorpus.read(fixture());
        TopicEvaluation.Score s = TopicEvaluation.score(docs, d -> List.of());
        assertThat(s.accuracy()).isZero();
        assertThat(s.predicted()).containsOnly(TopicEvaluation.NONE);
    }

    @Test
    void theShippedClassifierGetsTheFixtureRight() throws Exception {
        List<TopicCorpus.Document> docs = TopicCorpus.read(fixture());
        assertThat(TopicEvaluation.score(docs, new TopicClassifier()).accuracy()).isEqualTo(1.0);
    }

    @Test
    void crossValidatesTheLexiconAndEachBlendOnTheSameFolds() throws Exception {
        List<TopicCorpus.Document> docs = TopicCorpus.read(fixture());
        Map<String, TopicEvaluation.Score> cv = TopicEvaluation.crossValidate(docs, docs, 5,
                new TopicTrainer(TopicLexicon.bundled()), new TopicTrainer.Options(1, 20, false), new double[] {0.5, 1.0});
        assertThat(cv).containsOnlyKeys("lexicon", "model 0.50 descriptor 0.00 x0", "model 1.00 descriptor 0.00 x0");
        cv.values().forEach(s -> assertThat(s.gold()).hasSize(5));
    }

    @Test
    void crossValidatesBlendsWithTheDescriptorScore() throws Exception {
        List<TopicCorpus.Document> docs = TopicCorpus.read(fixture());
        Map<String, TopicEvaluation.Score> cv = TopicEvaluation.crossValidate(docs, docs, 5,
                new TopicTrainer(TopicLexicon.bundled()), new TopicTrainer.Options(1, 20, true),
                List.of(new TopicClassifier.Blend(0, 0.3, 50), new TopicClassifier.Blend(0.3, 0.3, 50)));
        assertThat(cv).containsOnlyKeys("lexicon", "model 0.00 descriptor 0.30 x50", "model 0.30 descriptor 0.30 x50");
        cv.values().forEach(s -> assertThat(s.gold()).hasSize(5));
    }

    @Test
    void writesWhatItReads(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("out.tsv");
        TopicCorpus.write(file, List.of("made by a test"),
                List.of(new TopicCorpus.Document("sport", "Head\tline", "two\nlines")));
        assertThat(Files.readString(file)).startsWith("# made by a test\n");
        assertThat(TopicCorpus.read(file)).containsExactly(new TopicCorpus.Document("sport", "Head line", "two lines"));
    }
}
