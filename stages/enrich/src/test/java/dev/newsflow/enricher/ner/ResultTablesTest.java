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
        assertThat(tags[9]).isEqualTo("B-PER"); // Pryce, a scorer
        assertThat(tags[12]).isEqualTo("B-LOC"); // Netherlands
        assertThat(tags[4]).isEqualTo("I-PER"); // "In Cardiff", in the label: not a team, untouched
        String[] halftime = apply("Werder Bremen 0 Karlsruhe 1 ( Brauer 88th ) . Halftime 0-0 .");
        assertThat(Arrays.copyOfRange(halftime, 0, 4)).containsExactly("B-ORG", "I-ORG", "O", "B-ORG");
        assertThat(apply("Chicago 3 Atlanta 2 ( 10 innings )")).startsWith("B-ORG", "O", "B-ORG", "O");
    }

    @Test
    void typesTheScorersInBracketsAsPersonsAndClearsTheirMinutes() {
        String[] words = "Benfica 3 ( Cardozo 14 , 55 , Nuno Gomes 80 ) Maritimo 1 ( Kanu 60 )".split(" ");
        // as the model might have tagged it: a scorer taken for a club, another missed, a minute inside a name
        String[] tags = {"B-ORG", "O", "O", "B-ORG", "O", "O", "O", "O", "O", "O", "O", "O", "B-ORG", "O",
                "O", "B-PER", "I-PER", "O"};
        tables.apply(words, tags);
        assertThat(tags).containsExactly("B-ORG", "O", "O", "B-PER", "O", "O", "O", "O", "B-PER", "I-PER", "O", "O",
                "B-ORG", "O", "O", "B-PER", "O", "O");
    }

    @Test
    void readsSeveralResultsOnALineSeparatedBySemicolons() {
        String[] tags = apply("Group one : Wales 1 Netherlands 2 ; Sweden 0 Norway 1");
        assertThat(tags).containsExactly("O", "O", "O", "B-LOC", "O", "B-LOC", "O", "O", "B-ORG", "O",
                "B-LOC", "O");
        String[] clubs = apply("Premier division : Aberdeen 1 Hibernian 2 ; Celtic 3 Dundee United 0");
        assertThat(Arrays.copyOfRange(clubs, 3, 13)).containsExactly("B-ORG", "O", "B-ORG", "O", "O", "B-ORG", "O",
                "B-ORG", "I-ORG", "O");
    }

    @Test
    void aGroupLabelIsNoNameAPlaceInTheLabelIs() {
        String[] words = "Group A : Ghana 1 ( Muntari 26 ) Namibia 0".split(" ");
        // as the model tagged it: the label and its colon one MISC span
        String[] tags = {"B-MISC", "I-MISC", "I-MISC", "B-LOC", "O", "O", "B-PER", "O", "O", "B-LOC", "O"};
        tables.apply(words, tags);
        assertThat(Arrays.copyOfRange(tags, 0, 4)).containsExactly("O", "O", "O", "B-ORG");
        String[] pool = apply("Pool B : In Cardiff : Wales 1 Norway 2");
        assertThat(Arrays.copyOfRange(pool, 0, 6)).containsExactly("O", "O", "O", "B-PER", "I-PER", "O");
    }

    @Test
    void readsACricketScoresLineOpenedByItsGround() {
        String[] tags = apply("At Lord 's : Middlesex 312-7 ( Owais Shah 104 ) v Surrey");
        assertThat(Arrays.copyOfRange(tags, 0, 6)).containsExactly("O", "B-LOC", "I-LOC", "O", "B-ORG", "O");
        assertThat(tags[7]).isEqualTo("B-PER"); // the batsman, left to the model
        assertThat(tags[tags.length - 1]).isEqualTo("B-ORG"); // Surrey, after "v"
        String[] second = apply("At Hove : Sussex 245 ( Goodwin 88 ; Saggers 4-60 ) ; Kent 51-2");
        assertThat(Arrays.copyOfRange(second, 0, 5)).containsExactly("O", "B-LOC", "O", "B-ORG", "O");
        assertThat(Arrays.copyOfRange(second, 13, 15)).containsExactly("B-ORG", "O");
        // the second team's innings after a full stop
        assertThat(tagged("At Hove : Sussex 220 and 51-1 . Lancashire 288 .", "O B-LOC O B-LOC O O O O B-LOC O O"))
                .isEqualTo("O B-LOC O B-ORG O O O O B-ORG O O");
        // running text that opens with "At" is not a scores line
        assertThat(apply("At Lord 's : England lost")).startsWith("B-PER", "I-PER");
    }

    @Test
    void typesTheTeamAfterARidersNationalityAsAnOrganisation() {
        String[] words = "1. Michael Rasmussen ( Norway ) High Road 4:08:19".split(" ");
        String[] tags = {"O", "B-PER", "I-PER", "O", "B-LOC", "O", "B-LOC", "I-LOC", "O"};
        tables.apply(words, tags);
        assertThat(Arrays.copyOfRange(tags, 6, 9)).containsExactly("B-ORG", "I-ORG", "O");
        // a tennis result: "beat" follows the bracket, nothing to type
        String[] tennis = "Tommy Haas ( Wales ) beat Nicolas Mahut ( Norway ) 7-6 6-4".split(" ");
        String[] tennisTags = {"B-PER", "I-PER", "O", "B-LOC", "O", "O", "B-PER", "I-PER", "O", "B-LOC", "O", "O",
                "O"};
        String[] before = tennisTags.clone();
        tables.apply(tennis, tennisTags);
        assertThat(tennisTags).containsExactly(before);
        // the bracket must hold a country after a person
        String[] notCountry = "Michael Rasmussen ( Danish ) Rabobank".split(" ");
        String[] notCountryTags = {"B-PER", "I-PER", "O", "B-MISC", "O", "B-LOC"};
        tables.apply(notCountry, notCountryTags);
        assertThat(notCountryTags[5]).isEqualTo("B-LOC");
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

    // the line with the tags given (as the model might have left them), after the rules
    private String tagged(String line, String tags) {
        String[] t = tags.split(" ");
        tables.apply(line.split(" "), t);
        return String.join(" ", t);
    }

    @Test
    void aCricketScorecardsPlayersArePersons() {
        // before bowling figures, whatever the model made of them
        assertThat(tagged("Bowling : Shahid 18-4-44-2 , Tanvir 17.3-3-51-2 , M. Yardy 3-0-12-1 .",
                "B-ORG O O O O B-ORG O O O I-PER O O"))
                .isEqualTo("B-ORG O B-PER O O B-PER O O B-PER I-PER O O");
        // after a dismissal's letter in a batting line
        assertThat(tagged("N. Palmer lbw b Shahid 12", "B-PER I-PER O O O O")).isEqualTo("B-PER I-PER O O B-PER O");
        assertThat(tagged("G. Wheeler c Younis b Tanvir 31", "B-PER I-PER O B-PER O B-ORG O"))
                .isEqualTo("B-PER I-PER O B-PER O B-PER O");
        // in brackets after an innings
        assertThat(tagged("Lancashire 288 ( S. Law 97 ; M. Yardy 3-40 ) .", "B-ORG O O B-MISC I-MISC O O B-PER I-PER O O O"))
                .isEqualTo("B-ORG O O B-PER I-PER O O B-PER I-PER O O O");
        assertThat(tagged("Essex 402-8 declared ( A. Cook 155 not out )", "B-ORG O O O O O O O O O"))
                .isEqualTo("B-ORG O O O B-PER I-PER O O O O");
    }

    @Test
    void leavesBracketsAndLettersThatAreNoScorecardAlone() {
        // a bracket with words that are no player and score
        assertThat(tagged("Essex 402-8 declared ( Cook retired hurt )", "B-ORG O O O B-ORG O O O"))
                .isEqualTo("B-ORG O O O B-ORG O O O");
        // a "b" in a line that does not end in runs
        assertThat(tagged("Plan b Madrid said", "O O B-ORG O")).isEqualTo("O O B-ORG O");
        // a date is no bowling figure
        assertThat(tagged("Madrid 2008-03-30", "B-LOC O")).isEqualTo("B-LOC O");
    }

    @Test
    void aNumberWithALeadingZeroEndsAClubsName() {
        assertThat(apply("Kaiserslautern 0 Schalke 04 2")).containsExactly("B-ORG", "O", "B-ORG", "I-ORG", "O");
        assertThat(apply("Schalke 04 26 9 11 6 31 33 38")).startsWith("B-ORG", "I-ORG", "O");
        // a score without the zero stays a score
        assertThat(apply("Kaiserslautern 0 Schalke 4")).containsExactly("B-ORG", "O", "B-ORG", "O");
    }
}
