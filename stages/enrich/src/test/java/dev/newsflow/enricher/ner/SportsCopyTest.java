package dev.newsflow.enricher.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Competitions and clubs in wire sports stories, on tags the model might have produced. */
class SportsCopyTest {

    private static final Set<String> COUNTRIES = Set.of("england", "italy", "russia");
    private static final Set<String> DEMONYMS = Set.of("english", "african", "scottish");

    /** Sentences and their tags, alternately; returns the tags after the rules. */
    private static List<String[]> apply(String... sentencesAndTags) {
        TaggedLines doc = TaggedLines.of(sentencesAndTags);
        List<String[]> sentences = doc.sentences();
        List<String[]> tags = doc.tags();
        SportsCopy.apply(sentences, tags, name -> COUNTRIES.contains(name.toLowerCase()),
                word -> DEMONYMS.contains(word.toLowerCase()));
        return tags;
    }

    @Test
    void aCupOrALeagueIsACompetitionInASportsStory() {
        List<String[]> tags = apply(
                "TENNIS - RUSSIA WIN DAVIS CUP .", "O O B-LOC O B-PER I-PER O",
                "Russia won the Davis Cup on Sunday .", "B-LOC O O B-PER I-PER O O O",
                "They play in the UEFA Cup and the Premier League .", "O O O O B-ORG I-ORG O O B-ORG I-ORG O");
        assertThat(tags.get(0)).containsExactly("O", "O", "B-LOC", "O", "B-MISC", "I-MISC", "O");
        assertThat(tags.get(1)).containsExactly("B-LOC", "O", "O", "B-MISC", "I-MISC", "O", "O", "O");
        assertThat(tags.get(2)).containsExactly("O", "O", "O", "O", "B-MISC", "I-MISC", "O", "O", "B-MISC", "I-MISC",
                "O");
    }

    @Test
    void aCountrysAdjectiveIsANationalityOfItsOwnAContinentsPartOfTheName() {
        List<String[]> tags = apply(
                "SOCCER - ENGLISH LEAGUE CUP FINAL .", "O O B-ORG I-ORG I-ORG O O",
                "Results of African Nations Cup matches :", "O O B-ORG I-ORG I-ORG O O",
                "Results of English Premier League matches :", "O O O O O O O",
                "SCOTTISH LEAGUE RESULTS", "B-MISC O O");
        assertThat(tags.get(0)).containsExactly("O", "O", "B-MISC", "B-MISC", "I-MISC", "O", "O");
        assertThat(tags.get(1)).containsExactly("O", "O", "B-MISC", "I-MISC", "I-MISC", "O", "O");
        assertThat(tags.get(2)).containsExactly("O", "O", "B-MISC", "B-MISC", "I-MISC", "O", "O");
        // a nationality and the head alone is left as the model had it
        assertThat(tags.get(3)).containsExactly("B-MISC", "O", "O");
    }

    @Test
    void aCountrysLeagueHeadlineNamesOnlyTheNationality() {
        List<String[]> tags = apply(
                "SOCCER - ENGLISH LEAGUE STANDINGS .", "O O B-ORG I-ORG O O",
                "SOCCER - SCOTTISH LEAGUE RESULTS .", "O O B-MISC I-MISC O O",
                "SOCCER - FRENCH LEAGUE SUMMARIES .", "O O B-ORG I-ORG I-ORG O",
                "SOCCER - ENGLISH LEAGUE CUP SEMI-FINAL .", "O O B-ORG I-ORG I-ORG O O",
                "SOCCER - AFRICAN NATIONS CUP RESULTS .", "O O B-MISC I-MISC I-MISC O O");
        assertThat(tags.get(0)).containsExactly("O", "O", "B-MISC", "O", "O", "O");
        assertThat(tags.get(1)).containsExactly("O", "O", "B-MISC", "O", "O", "O");
        // "FRENCH" is no listed nationality here: the rule reads the demonym list
        assertThat(tags.get(2)).containsExactly("O", "O", "B-ORG", "I-ORG", "I-ORG", "O");
        // a competition's own name: the nationality, then the cup
        assertThat(tags.get(3)).containsExactly("O", "O", "B-MISC", "B-MISC", "I-MISC", "O", "O");
        assertThat(tags.get(4)).containsExactly("O", "O", "B-MISC", "I-MISC", "I-MISC", "O", "O");
    }

    @Test
    void aLeagueNamedWithItsSportIsTheBody() {
        List<String[]> tags = apply(
                "ICE HOCKEY - NHL RESULTS .", "O O O B-ORG O O",
                "Results of National Hockey League games :", "O O B-ORG I-ORG I-ORG O O");
        assertThat(tags.get(1)).containsExactly("O", "O", "B-ORG", "I-ORG", "I-ORG", "O", "O");
    }

    @Test
    void theHeadlinesSportLabelIsNoName() {
        List<String[]> tags = apply("MOTOR RACING - FERRARI WIN .", "B-LOC O O B-ORG O O");
        assertThat(tags.get(0)).containsExactly("O", "O", "O", "B-ORG", "O", "O");
    }

    @Test
    void aClubsPlaceInTheTableAndAHomeMatchNameItAsAClub() {
        List<String[]> tags = apply(
                "SOCCER - BORDEAUX STAY TOP .", "O O B-LOC O O O",
                "Bordeaux remain top after a win .", "B-LOC O O O O O O",
                "Paris St Germain slipped to sixth after losing 2-0 at home to Toulouse .",
                "B-LOC I-LOC I-LOC O O O O O O O O O B-LOC O",
                "Fans travelled from Toulouse to Paris .", "O O O B-LOC O B-LOC O");
        assertThat(tags.get(0)).containsExactly("O", "O", "B-ORG", "O", "O", "O");
        assertThat(tags.get(1)[0]).isEqualTo("B-ORG");
        assertThat(tags.get(2)).startsWith("B-ORG", "I-ORG", "I-ORG");
        assertThat(tags.get(2)[12]).isEqualTo("B-ORG");
        // a club's town in all its mentions but after "in"; "Paris" alone is no club the story named
        assertThat(tags.get(3)).containsExactly("O", "O", "O", "B-ORG", "O", "B-LOC", "O");
    }

    @Test
    void aTownUsedAsAClubIsAnOrganisationInAllItsMentions() {
        List<String[]> tags = apply(
                "SOCCER - MARSEILLE HOLD LYON .", "O O B-LOC O B-LOC O",
                "MARSEILLE 2008-02-10", "B-LOC O",
                "Marseille drew 1-1 with leaders Lyon on Sunday .", "B-LOC O O O O B-LOC O O O",
                "Lyon went ahead in Marseille .", "B-LOC O O O B-LOC O",
                "Bordeaux won 2-0 at Nancy .", "B-LOC O O O B-LOC O");
        // the dateline is left to the dateline rule, which runs after these
        assertThat(tags.get(0)).containsExactly("O", "O", "B-ORG", "O", "B-ORG", "O");
        assertThat(tags.get(2)).containsExactly("B-ORG", "O", "O", "O", "O", "B-ORG", "O", "O", "O");
        // after "in" a town is the place
        assertThat(tags.get(3)).containsExactly("B-ORG", "O", "O", "O", "B-LOC", "O");
        assertThat(tags.get(4)).containsExactly("B-ORG", "O", "O", "O", "B-ORG", "O");
    }

    @Test
    void countriesStayPlacesAndOtherStoriesAreLeftAlone() {
        List<String[]> sport = apply(
                "RUGBY UNION - ENGLAND BEAT ITALY .", "O O O B-LOC O B-LOC O",
                "England beat Italy 26-7 and Europe beat the U.S. .", "B-LOC O B-LOC O O B-LOC O O B-LOC O");
        assertThat(sport.get(1)).containsExactly("B-LOC", "O", "B-LOC", "O", "O", "B-LOC", "O", "O", "B-LOC", "O");
        List<String[]> news = apply(
                "FRANCE WINS WORLD CUP BID .", "B-LOC O B-ORG I-ORG O O",
                "Lyon beat the deadline for the World Cup bid .", "B-LOC O O O O O B-ORG I-ORG O O");
        assertThat(news.get(0)).containsExactly("B-LOC", "O", "B-ORG", "I-ORG", "O", "O");
        assertThat(news.get(1)).containsExactly("B-LOC", "O", "O", "O", "O", "O", "B-ORG", "I-ORG", "O", "O");
    }

    @Test
    void aNameTheStoryWritesAsAnEventsIsACompetitionInEveryMention() {
        List<String[]> tags = apply(
                "TENNIS - WIMBLEDON MEN 'S SINGLES RESULTS .", "O O B-LOC O O O O O",
                "Results of matches at the Wimbledon championships :", "O O O O O B-LOC O O",
                "Leading results of the 17th stage of the Giro d'Italia :", "O O O O O O O O B-LOC I-LOC O",
                "Italy beat Russia 3-0 in the Copa America final .", "B-LOC O B-LOC O O O B-LOC I-LOC O O");
        assertThat(tags.get(0)).containsExactly("O", "O", "B-MISC", "O", "O", "O", "O", "O");
        assertThat(tags.get(1)).containsExactly("O", "O", "O", "O", "O", "B-MISC", "O", "O");
        assertThat(tags.get(2)).containsExactly("O", "O", "O", "O", "O", "O", "O", "O", "B-MISC", "I-MISC", "O");
        // a country before "final" is a national side
        assertThat(tags.get(3)).containsExactly("B-LOC", "O", "B-LOC", "O", "O", "O", "B-MISC", "I-MISC", "O", "O");
    }

    @Test
    void aClubBeforeAnEventsNounStaysAClubAndNewsStoriesAreLeftAlone() {
        List<String[]> club = apply(
                "SOCCER - LYON TOP THE TABLE .", "O O B-LOC O O O O",
                "Lyon beat Nantes 2-0 in the group stage .", "B-LOC O B-LOC O O O O O O",
                "Italy reached the Lyon final .", "B-LOC O O B-LOC O O");
        assertThat(club.get(2)).containsExactly("B-LOC", "O", "O", "B-ORG", "O", "O");
        List<String[]> news = apply(
                "Wimbledon championships open on Monday .", "B-LOC O O O O O");
        assertThat(news.get(0)).containsExactly("B-LOC", "O", "O", "O", "O", "O");
    }

    @Test
    void aChampionshipOrAMarathonIsACompetitionWithTheHeadTheModelLeftOut() {
        List<String[]> tags = apply(
                "SNOOKER - UK CHAMPIONSHIP RESULTS .", "O O B-LOC O O O",
                "Results of the London Marathon on Sunday :", "O O O B-LOC O O O O",
                "Leading scores of the Players Championship :", "O O O O B-ORG I-ORG O");
        assertThat(tags.get(0)).containsExactly("O", "O", "B-MISC", "I-MISC", "O", "O");
        assertThat(tags.get(1)).containsExactly("O", "O", "O", "B-MISC", "I-MISC", "O", "O", "O");
        assertThat(tags.get(2)).containsExactly("O", "O", "O", "O", "B-MISC", "I-MISC", "O");
    }

    @Test
    void aTourOfAPlaceIsAStageRace() {
        List<String[]> tags = apply(
                "CYCLING - VOS WINS .", "O O B-PER O O",
                "Final standings of the Tour of Italy on Sunday :", "O O O O O O B-LOC O O O",
                "He rode through Italy on a tour of Italy .", "O O O B-LOC O O O O B-LOC O");
        assertThat(tags.get(1)).containsExactly("O", "O", "O", "O", "B-MISC", "I-MISC", "I-MISC", "O", "O", "O");
        // a place alone, and a tour in lower case, stay places
        assertThat(tags.get(2)).containsExactly("O", "O", "O", "B-LOC", "O", "O", "O", "O", "B-LOC", "O");
    }
}
