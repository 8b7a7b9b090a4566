package dev.newsflow.enricher.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The truecase extension re-cases only sentences whose capitals say nothing, each word as it is usually written. */
class TruecaseTest {

    // How the casing table of a trained model reads: NerTrainer.casing's bucket 2r + a
    private static final int LOWER = 0, CAPITALISED = 6, ALL_CAPS = 7;

    private static NerFeatures features(boolean truecase) {
        return features(truecase ? NerFeatures.Extension.TRUECASE.bit() : 0);
    }

    private static NerFeatures features(int extensions) {
        LongIntTable casing = new LongIntTable(16);
        put(casing, "the", LOWER);
        put(casing, "of", LOWER);
        put(casing, "in", LOWER);
        put(casing, "leaders", LOWER);
        put(casing, "met", LOWER);
        put(casing, "london", CAPITALISED);
        put(casing, "nato", ALL_CAPS);
        return new NerFeatures(Gazetteer.bundled(), casing, WordClusters.NONE, extensions);
    }

    private static void put(LongIntTable casing, String word, int bucket) {
        casing.put(FeatureHash.key(FeatureHash.of(word.toLowerCase(Locale.ROOT))), bucket, 0);
    }

    @Test
    void lowerAndTitleCaseSentencesAreWrittenAsUsual() {
        NerFeatures f = features(true);
        assertThat(f.truecased("nato leaders met in london zorblax .".split(" ")))
                .containsExactly("NATO", "leaders", "met", "in", "London", "zorblax", ".");
        assertThat(f.truecased("Leaders Of Nato Met In London .".split(" ")))
                .containsExactly("Leaders", "of", "NATO", "met", "in", "London", ".");
    }

    @Test
    void runningTextAndAllCapsLinesAreLeftAsWritten() {
        NerFeatures f = features(true);
        // all caps is learnt from the trainer's capital copies instead
        String[] caps = "NATO LEADERS MET IN LONDON ZORBLAX .".split(" ");
        assertThat(f.truecased(caps)).isSameAs(caps);
        String[] running = "The leaders of NATO met in London .".split(" ");
        assertThat(f.truecased(running)).isSameAs(running);
        // a short capitalised name line is not title case: too few words usually written in lower case
        String[] name = "Zorblax Zindle Of London .".split(" ");
        assertThat(f.truecased(name)).isSameAs(name);
    }

    @Test
    void onlyTaggingWithAModelThatHasTheExtensionReadsTheRecasedForm() {
        String[] lower = "nato leaders met in london zorblax .".split(" ");
        assertThat(features(true).forTagging(lower)).containsExactly("NATO", "leaders", "met", "in", "London",
                "zorblax", ".");
        assertThat(features(false).forTagging(lower)).isSameAs(lower);
        // the trainer's features of the sentence are those of the words as written, with or without the extension
        NerFeatures.Prepared training = features(true).prepare(lower);
        assertThat(training.cased[0]).isEqualTo(FeatureHash.of("nato"));
        assertThat(training.capRun[4]).isZero();
        assertThat(features(true).prepare(features(true).forTagging(lower)).capRun[4]).isNotZero();
    }
}
