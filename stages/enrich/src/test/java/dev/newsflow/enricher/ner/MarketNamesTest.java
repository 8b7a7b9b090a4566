package dev.newsflow.enricher.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stock indices and companies in markets copy, on tags the model might have produced. */
class MarketNamesTest {

    private static String[] indices(String line, String... tags) {
        String[] t = tags.clone();
        MarketNames.indices(line.split(" "), t);
        return t;
    }

    @Test
    void anIndexLeftUntaggedOrTypedAsAPlaceIsMisc() {
        assertThat(indices("The FTSE 100 index closed up", "O", "O", "O", "O", "O", "O"))
                .containsExactly("O", "B-MISC", "I-MISC", "O", "O", "O");
        assertThat(indices("Tokyo 's Nikkei average fell", "B-LOC", "O", "B-LOC", "O", "O"))
                .containsExactly("B-LOC", "O", "B-MISC", "O", "O");
        // a headline in capitals
        assertThat(indices("GAZPROM LIFTS SENSEX", "B-ORG", "O", "B-ORG")).containsExactly("B-ORG", "O", "B-MISC");
    }

    @Test
    void aNameThatIsAlsoAnExchangesOrACompanysNeedsAnIndexWordAfterIt() {
        assertThat(indices("The Nasdaq composite rose", "O", "B-ORG", "O", "O"))
                .containsExactly("O", "B-MISC", "O", "O");
        assertThat(indices("listed on Nasdaq since", "O", "O", "B-ORG", "O")).containsExactly("O", "O", "B-ORG", "O");
        assertThat(indices("the Dow Jones industrial average", "O", "B-PER", "I-PER", "O", "O"))
                .containsExactly("O", "B-MISC", "I-MISC", "O", "O");
    }

    @Test
    void leavesLongerNamesAndLowerCaseWordsAlone() {
        assertThat(indices("Hang Seng Bank said", "B-ORG", "I-ORG", "I-ORG", "O"))
                .containsExactly("B-ORG", "I-ORG", "I-ORG", "O");
        assertThat(indices("wearing a wig", "O", "O", "O")).containsExactly("O", "O", "O");
    }

    private static List<String[]> companies(String[]... sentencesAndTags) {
        List<String[]> sentences = new ArrayList<>();
        List<String[]> tags = new ArrayList<>();
        for (int k = 0; k < sentencesAndTags.length; k += 2) {
            sentences.add(sentencesAndTags[k]);
            tags.add(sentencesAndTags[k + 1].clone());
        }
        MarketNames.companies(sentences, tags);
        return tags;
    }

    @Test
    void aNameTheDocumentCallsACompanyIsAnOrganisationInEverySentence() {
        List<String[]> tags = companies(
                "TELEFONICA BUYS STAKE".split(" "), new String[] {"B-PER", "O", "O"},
                "Spanish telecoms group Telefonica agreed".split(" "), new String[] {"B-MISC", "O", "O", "B-PER", "O"},
                "Telefonica chairman Cesar Alierta said".split(" "), new String[] {"B-PER", "O", "B-PER", "I-PER", "O"});
        assertThat(tags.get(1)[3]).isEqualTo("B-ORG");
        assertThat(tags.get(2)).containsExactly("B-ORG", "O", "B-PER", "I-PER", "O"); // the chairman stays a person
        assertThat(tags.get(0)[0]).isEqualTo("B-PER"); // the capitals are CapsLines' to copy, a different surface
    }

    @Test
    void sharesThatMoveAndAMarketJobAtANameAreCuesToo() {
        assertThat(companies("Rio Tinto shares rose".split(" "), new String[] {"B-PER", "I-PER", "O", "O"}).get(0))
                .containsExactly("B-ORG", "I-ORG", "O", "O");
        assertThat(companies("Carrefour 's shares fell".split(" "), new String[] {"B-PER", "O", "O", "O"}).get(0)[0])
                .isEqualTo("B-ORG");
        assertThat(companies("said a trader at Sucden".split(" "), new String[] {"O", "O", "O", "O", "B-LOC"}).get(0)[4])
                .isEqualTo("B-ORG");
    }

    @Test
    void noCueNoChange() {
        // "shares" as a verb, and a person's job that is no company noun
        assertThat(companies("Smith shares the view".split(" "), new String[] {"B-PER", "O", "O", "O"}).get(0)[0])
                .isEqualTo("B-PER");
        assertThat(companies("producer Wang Yiru".split(" "), new String[] {"O", "B-PER", "I-PER"}).get(0)[1])
                .isEqualTo("B-PER");
        assertThat(companies("film maker Michael Moore".split(" "), new String[] {"O", "O", "B-PER", "I-PER"}).get(0)[2])
                .isEqualTo("B-PER");
    }

    @Test
    void aMoverListedWithItsChangeInPercentIsACompany() {
        List<String[]> tags = companies(
                "Telefonica lost 3.9 percent and Santander 7.2 percent .".split(" "),
                new String[] {"B-ORG", "O", "O", "O", "O", "O", "O", "O", "O"},
                "Mitsubishi UFJ rose 0.7 percent .".split(" "), new String[] {"B-PER", "I-PER", "O", "O", "O", "O"},
                "Santander chief Emilio Botin said".split(" "), new String[] {"B-PER", "O", "B-PER", "I-PER", "O"});
        assertThat(tags.get(0)).containsExactly("B-ORG", "O", "O", "O", "O", "B-ORG", "O", "O", "O");
        assertThat(tags.get(1)).containsExactly("B-ORG", "I-ORG", "O", "O", "O", "O");
        // the name is the company's in the document's other sentences too
        assertThat(tags.get(2)).containsExactly("B-ORG", "O", "B-PER", "I-PER", "O");
    }

    @Test
    void aPlaceAfterAPrepositionIsNotTheMover() {
        List<String[]> tags = companies(
                "the CAC-40 in Paris rose 1.7 percent".split(" "),
                new String[] {"O", "B-MISC", "O", "B-LOC", "O", "O", "O"},
                "output from the Pilbara rose 12 percent".split(" "), new String[] {"O", "O", "O", "B-LOC", "O", "O", "O"});
        assertThat(tags.get(0)[3]).isEqualTo("B-LOC");
        assertThat(tags.get(1)[3]).isEqualTo("B-LOC");
    }
}
