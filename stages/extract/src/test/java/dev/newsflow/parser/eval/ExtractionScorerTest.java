package dev.newsflow.parser.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExtractionScorerTest {

    private static final Map<String, String> TRUTH = Map.of(
            "a", "The quick brown fox jumps over the lazy dog. It was not amused, said the dog.",
            "b", "Héllo wörld, naïve Straße 東京 x_y and ½ more text here",
            "c", "one two three",
            "d", "alpha beta gamma delta epsilon");
    private static final Map<String, String> PREDICTED = Map.of(
            "a", "The quick brown fox jumps over the lazy dog. Share this story. It was not amused, said the dog.",
            "b", "Héllo\nwörld naïve Straße 東京 x_y and ½ more",
            "c", "");

    /** Figures printed by {@code python3 shared/tools/extraction_score.py --json} on the same four documents. */
    @Test
    void agreesWithThePythonReferenceScorer() {
        ExtractionScorer.Result r = ExtractionScorer.evaluate(TRUTH, PREDICTED, 1000, 0);
        assertThat(r.f1()).isCloseTo(0.5176411290322581, within(1e-12));
        assertThat(r.precision()).isCloseTo(0.8125, within(1e-12));
        assertThat(r.recall()).isCloseTo(0.3798076923076923, within(1e-12));
        assertThat(r.accuracy()).isZero();
        assertThat(r.meanDocF1()).isCloseTo(0.3866995073891626, within(1e-12));
        assertThat(r.f1Std()).isCloseTo(0.19697745861393037, within(1e-9));
        assertThat(r.precisionStd()).isCloseTo(0.24284766755741258, within(1e-9));
        assertThat(r.recallStd()).isCloseTo(0.1923551711910167, within(1e-9));
        assertThat(r.missing()).isEqualTo(1);
        assertThat(r.emptyPredictions()).isEqualTo(2);
    }

    @Test
    void tokenisesLikePythonUnicodeWordRegex() {
        assertThat(ExtractionScorer.tokens("a b,cd:e(foo,bar) ")).containsExactly("a", "b", "cd", "e", "foo", "bar");
        assertThat(ExtractionScorer.tokens("naïve Straße 東京 x_y")).containsExactly("naïve", "Straße", "東京", "x_y");
    }

    @Test
    void countsCaseButNotPunctuation() {
        assertThat(ExtractionScorer.evaluate(Map.of("1", "Hello, World!"), Map.of("1", "hello world"), 0, 0).f1()).isZero();
        ExtractionScorer.Result same = ExtractionScorer.evaluate(Map.of("1", "Hello, World!"), Map.of("1", "Hello\nWorld"), 0, 0);
        assertThat(same.accuracy()).isEqualTo(1.0);
        assertThat(same.f1()).isEqualTo(1.0);
    }

    @Test
    void skipsEmptyPredictionsForPrecisionButCountsThemForRecall() {
        ExtractionScorer.Result r = ExtractionScorer.evaluate(
                Map.of("1", "one two three four five", "2", "alpha beta gamma delta"),
                Map.of("1", "one two three four five"), 10, 0);
        assertThat(r.precision()).isEqualTo(1.0);
        assertThat(r.recall()).isEqualTo(0.5);
        assertThat(r.f1()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(ExtractionScorer.matchCounts(List.of("a", "b", "c", "d", "e"), List.of("a", "b", "c", "d")))
                .containsExactly(0.5, 0.0, 0.5);
    }
}
