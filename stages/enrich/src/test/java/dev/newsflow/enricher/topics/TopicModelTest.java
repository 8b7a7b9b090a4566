package dev.newsflow.enricher.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.newsflow.enricher.TopicClassifier;
import dev.newsflow.model.TopicScore;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped model, on short texts written for this test (none is in the training data). */
class TopicModelTest {

    private static TopicModel model;
    private static TopicClassifier classifier;
    private static List<String> slugs;

    @BeforeAll
    static void load() {
        model = TopicModel.bundled();
        classifier = new TopicClassifier();
        slugs = TopicLexicon.bundled().topics().stream().map(TopicLexicon.Topic::slug).toList();
    }

    @Test
    void loadsFromTheClasspathWithAProbabilityPerTopic() {
        double[] p = model.probabilities("Minister resigns", "The minister resigned after the vote in parliament.");
        assertThat(p).hasSize(17);
        assertThat(Arrays.stream(p).sum()).isCloseTo(1.0, within(1e-6));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            sport | Champions through to the semi-finals | The midfielder curled in a late winner and the coach praised his players after the tournament's quarter-final in front of a full stadium.
            sport | Record-breaking sprint at the athletics meeting | The sprinter won the 100 metres in a championship record, and the relay team took the gold medal on the final night.
            economy-business-finance | Retailer's profits beat forecasts | The chain said sales rose 8% over the quarter, lifting its shares, and analysts raised their earnings forecasts for the firm.
            economy-business-finance | Central bank holds interest rates | Inflation eased last month, and economists expect the bank to keep borrowing costs unchanged as growth slows and the currency weakens.
            politics | Party leader calls snap election | The prime minister asked voters to back her government as opposition MPs accused ministers of breaking manifesto promises in parliament.
            politics | Senators reject the president's nominee | Lawmakers voted against the candidate after a heated debate, and the president's party said it would put forward another name to the committee.
            science-technology | Software update fixes security flaw | The company released a patch for its operating system after researchers found a bug that let hackers take over computers and mobile phones.
            science-technology | Astronomers find a planet around a nearby star | Scientists using a telescope detected the planet's atmosphere, and the research team said the data will be published in a journal.
            arts-culture-entertainment | Singer's new album tops the charts | The band's album went straight to number one, and fans queued for tickets to the tour's concerts after the singer's television appearance.
            arts-culture-entertainment | Actress wins award for her role in the drama | The film's director and cast were praised at the festival, and the actress thanked the audience after the premiere at the cinema.
            health | Hospitals ready for the flu season | Doctors urged patients to get vaccinated as the virus spread, and nurses said wards were filling with elderly people with infections.
            """)
    void givesAnUnambiguousTextItsTopicFirst(String expected, String headline, String body) {
        List<TopicScore> topics = classifier.classify(headline, body);
        assertThat(topics).isNotEmpty();
        assertThat(topics.getFirst().slug()).isEqualTo(expected);
        // the model on its own leans the same way: the expected topic gets more than an even share
        double[] p = model.probabilities(headline, body);
        assertThat(p[slugs.indexOf(expected)]).isGreaterThan(1.0 / slugs.size());
    }

    @Test
    void neverSeesAWordOfSeveralSensesOnItsOwn() {
        TopicFeatures features = new TopicFeatures(TopicLexicon.bundled());
        List<String> f = List.of(features.of("", "The nuclear arsenal of the bank"));
        assertThat(f).contains("nuclear", "nuclear_arsenal").doesNotContain("arsenal", "bank");
        // alone, such words give the model nothing to go on: no probabilities rather than its prior
        assertThat(model.probabilities("Arsenal", "Arsenal strike bank shot.")).isNull();
        assertThat(classifier.classify("Arsenal", "Arsenal strike bank shot.")).isEmpty();
    }

    @Test
    void aWordOfSeveralSensesAloneMovesNoProbability() {
        // "Arsenal" as a sentence of its own adds no feature: the model's answer is the same to the last digit
        double[] plain = model.probabilities("", "The goalkeeper and the midfielder trained before the cup tie.");
        double[] withWord = model.probabilities("", "The goalkeeper and the midfielder trained before the cup tie. Arsenal.");
        assertThat(withWord).containsExactly(plain, Offset.offset(1e-12));
    }

    @Test
    void aModelTrainedWithClustersReadsAWordItNeverSawThroughItsClusterMates() {
        TopicLexicon lexicon = TopicLexicon.bundled();
        List<TopicCorpus.Document> docs = List.of(
                new TopicCorpus.Document("science-technology", "", "The handset has a camera."),
                new TopicCorpus.Document("science-technology", "", "A handset and a laptop."),
                new TopicCorpus.Document("economy-business-finance", "", "The shareholders voted on the dividend."),
                new TopicCorpus.Document("economy-business-finance", "", "Shareholders sold their stakes."));
        TopicModel withClusters = new TopicTrainer(lexicon).train(docs, new TopicTrainer.Options(1, 50, true));
        TopicModel without = new TopicTrainer(lexicon).train(docs, new TopicTrainer.Options(1, 50, false));
        assertThat(withClusters.usesClusters()).isTrue();
        assertThat(without.usesClusters()).isFalse();
        // "iPod" is in no training text; it shares its word cluster with "handset"
        assertThat(without.probabilities("", "The iPod.")).isNull();
        double[] p = withClusters.probabilities("", "The iPod.");
        assertThat(p[slugs.indexOf("science-technology")]).isGreaterThan(p[slugs.indexOf("economy-business-finance")]);
    }
}
