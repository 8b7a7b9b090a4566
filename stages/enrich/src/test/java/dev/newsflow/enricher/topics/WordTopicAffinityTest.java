package dev.newsflow.enricher.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped word-topic affinities: what the descriptor score says of words the lexicon does not list. */
class WordTopicAffinityTest {

    private static WordTopicAffinity affinity;
    private static TopicLexicon lexicon;

    @BeforeAll
    static void load() {
        affinity = WordTopicAffinity.bundled();
        lexicon = TopicLexicon.bundled();
    }

    @Test
    void holdsTheFrequentWordsOfTheVectors() {
        assertThat(affinity.size()).isBetween(40_000, 60_000);
        // the fine clusters are the NER model's: a handset and an iPod sit together, a striker and a midfielder too
        assertThat(affinity.cluster("handset")).isEqualTo(affinity.cluster("ipod")).isNotEqualTo(WordTopicAffinity.UNKNOWN);
        assertThat(affinity.cluster("striker")).isEqualTo(affinity.cluster("midfielder"));
        assertThat(affinity.cluster("qwxzzy")).isEqualTo(WordTopicAffinity.UNKNOWN);
    }

    @ParameterizedTest(name = "{1} -> {0}")
    @CsvSource(delimiter = '|', textBlock = """
            sport | quarterback touchdown
            science-technology | antivirus spyware
            crime-law-justice | burglary
            economy-business-finance | bondholders
            arts-culture-entertainment | sopranos
            """)
    void namesTheTopicOfWordsTheLexiconDoesNotList(String expected, String text) {
        // the lexicon has nothing to say of these words: what the score finds comes from the vectors
        assertThat(Arrays.stream(lexicon.shares("", text)).sum()).isZero();
        double[] p = affinity.probabilities(List.of(text.split(" ")), 30);
        assertThat(Arrays.stream(p).sum()).isCloseTo(1.0, within(1e-9));
        int best = 0;
        for (int t = 0; t < p.length; t++) {
            best = p[t] > p[best] ? t : best;
        }
        assertThat(lexicon.slugs().get(best)).isEqualTo(expected);
    }

    @Test
    void saysNothingOfUnknownWords() {
        assertThat(affinity.probabilities(List.of("qwxzzy", "zzqxw"), 30)).isNull();
    }

    @Test
    void readsNoWordOfSeveralSenses() {
        // "arsenal" sits among football words in the vectors; the callers never hand it over on its own
        TopicFeatures features = new TopicFeatures(lexicon);
        assertThat(features.contentWords("Arsenal", "The nuclear arsenal of the bank strike."))
                .doesNotContain("arsenal", "bank", "strike").contains("nuclear");
    }
}
