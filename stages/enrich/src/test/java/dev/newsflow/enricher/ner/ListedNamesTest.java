package dev.newsflow.enricher.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** European parties, legislatures and states from their lists, on tags the model might have produced. */
class ListedNamesTest {

    private static String[] parties(String line, String tags) {
        String[] t = tags.split(" ");
        ListedNames.PARTIES.apply(line.split(" "), t);
        return t;
    }

    private static String[] states(String line, String tags) {
        String[] t = tags.split(" ");
        ListedNames.STATES.apply(line.split(" "), t);
        return t;
    }

    @Test
    void aPartyReadAsAPlaceAPersonOrNothingIsAnOrganisation() {
        assertThat(parties("Merkel 's Christian Democrats won", "B-PER O B-LOC I-LOC O"))
                .containsExactly("B-PER", "O", "B-ORG", "I-ORG", "O");
        assertThat(parties("Sinn Fein led the campaign", "B-PER I-PER O O O"))
                .containsExactly("B-ORG", "I-ORG", "O", "O", "O");
        assertThat(parties("The Sejm voted", "O O O")).containsExactly("O", "B-ORG", "O");
        // the model cut it at its "and"
        assertThat(parties("Kaczynski 's Law and Justice party", "B-PER O O O B-ORG O"))
                .containsExactly("B-PER", "O", "B-ORG", "I-ORG", "I-ORG", "O");
        // a headline in capitals
        assertThat(parties("SOCIAL DEMOCRATS WIN", "O O O")).containsExactly("B-ORG", "I-ORG", "O");
    }

    @Test
    void leavesLongerNamesLowerCaseWordsAndCapitalisedCommonWordsAlone() {
        assertThat(parties("the Swedish Social Democrats said", "O B-MISC B-ORG I-ORG O"))
                .containsExactly("O", "B-MISC", "B-ORG", "I-ORG", "O");
        assertThat(parties("Pakistan People 's Party leaders", "B-ORG I-ORG I-ORG I-ORG O"))
                .containsExactly("B-ORG", "I-ORG", "I-ORG", "I-ORG", "O");
        assertThat(parties("The Basque nationalist party PNV", "O B-MISC O O B-ORG"))
                .containsExactly("O", "B-MISC", "O", "O", "B-ORG");
        // one word in capitals is taken only when the list writes it so ("SPD"), not "LABOUR" of a labour accord
        assertThat(parties("EXTENDED LABOUR ACCORD", "O B-ORG O")).containsExactly("O", "B-ORG", "O");
        assertThat(parties("labour costs rose", "O O O")).containsExactly("O", "O", "O");
    }

    @Test
    void aStateIsAPlace() {
        assertThat(states("Lower Saxony and Baden-Wuerttemberg want", "B-ORG I-ORG O O O"))
                .containsExactly("B-LOC", "I-LOC", "O", "B-LOC", "O");
        assertThat(states("LOWER SAXONY VOTE", "O O O")).containsExactly("B-LOC", "I-LOC", "O");
        // one word in capitals is left to the body's copy into the headline (CapsLines)
        assertThat(states("SOCIAL DEMOCRATS WIN HESSE VOTE", "B-ORG I-ORG O O O"))
                .containsExactly("B-ORG", "I-ORG", "O", "O", "O");
    }
}
