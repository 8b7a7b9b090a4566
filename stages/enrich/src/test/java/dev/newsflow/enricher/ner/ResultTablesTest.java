package dev.newsflow.enricher.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Results lines and standings rows of wire sports copy, on tags the model might have produced. */
class ResultTablesTest {

    private final ResultTables tables = new ResultTables(Set.of("Wales", "Netherlands", "Norway")::contains);

    // the row as the model might have tagged it: every capitalised word a person, numbers untagged
    private String[] apply(String line) {
        String[] words = line.split(" ");
        String[] tags = new String[words.length];
        for (int k = 0; k < words.length; k++) {
            boolean upper = Character.isUpperCase(words[k].charAt(0));
            tags[k] = upper ? (k > 0 && tags[k - 1].endsWith("PER") ? "I-PER" : "B-PER") : "O";
        }
        tables.apply(words, tags);
        return tags;
    }

    @Test
    void tagsBothTeamsOfAResultLineAndClearsTheScores() {
        assertThat(apply("Aston Villa 2 Southampton 1")).containsExactly("B-ORG", "I-ORG", "O", "B-ORG", "O");
        assertThat(apply("Wales 1 Netherlands 3")).containsExactly("B-LOC", "O", "B-LOC", "O");
    }

    @Test
    void readsScorersInBracketsALabelBeforeAColonAndATailAfterAFullStop() {
        String[] tags = apply("Group seven : In Cardiff : Wales 1 ( Pryce 44th ) Netherlands 3 ( Hulshof 21st ) .");
        assertThat(tags[6]).isEqualTo("B-LOC"); // Wales
        assertThat(tags[7]).isEqualTo("O");
        assertThat(tags[9]).isEqualTo("B-PER"); // Pryce, left to the model
        assertThat(tags[12]).isEqualTo("B-LOC"); // Netherlands
        assertThat(tags[4]).isEqualTo("I-PER"); // "In Cardiff", in the label: not a team, untouched
        String[] halftime = apply("Werder Bremen 0 Karlsruhe 1 ( Brauer 88th ) . Halftime 0-0 .");
        assertThat(Arrays.copyOfRange(halftime, 0, 4)).containsExactly("B-ORG", "I-ORG", "O", "B-ORG");
        assertThat(apply("Chicago 3 Atlanta 2 ( 10 innings )")).startsWith("B-ORG", "O", "B-ORG", "O");
    }

    @Test
    void tagsTheTeamOfAStandingsRow() {
        assertThat(apply("Sheffield Wednesday 26 9 11 6 31 33 38"))
                .containsExactly("B-ORG", "I-ORG", "O", "O", "O", "O", "O", "O", "O");
        assertThat(apply("3. Norway 8 5 2 1 14 6")).startsWith("O", "B-LOC", "O");
        assertThat(apply("OTTAWA 33 10 4 178 110 70")).startsWith("B-ORG", "O");
    }

    @Test
    void leavesPersonsRowsAndRunningTextAlone() {
        // a golf leader's line: four rounds and a total
        assertThat(apply("Nick Faldo 68 69 70 71 278")).startsWith("B-PER", "I-PER");
        // a batting average has decimals
        assertThat(apply("Saeed Rahman 9 15 2 650 120 50.00")).startsWith("B-PER", "I-PER");
        // one name and a score, or a sentence
        assertThat(apply("Tanvir 17 3 51 2")).startsWith("B-PER");
        assertThat(apply("Leeds beat Arsenal 2 1")).startsWith("B-PER", "O", "B-PER");
    }
}
