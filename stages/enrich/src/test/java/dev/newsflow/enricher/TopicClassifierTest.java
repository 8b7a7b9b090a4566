package dev.newsflow.enricher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.enricher.topics.TopicLexicon;
import dev.newsflow.model.TopicScore;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TopicClassifierTest {

    private static TopicClassifier topics;

    @BeforeAll
    static void load() {
        topics = new TopicClassifier();
    }

    @Test
    void coversTheSeventeenTopLevelTopics() {
        assertThat(topics.slugs()).hasSize(17).contains("politics", "sport", "economy-business-finance",
                "conflict-war-peace", "crime-law-justice", "disaster-accident-emergency-incident", "weather");
    }

    @Test
    void scoresAFootballReportAsSport() {
        List<TopicScore> t = topics.classify("Arsenal beat Chelsea to reach cup final",
                "The striker scored twice in the second half as Arsenal won 2-1 at the stadium. The midfielder "
                        + "was booked by the referee, and the manager praised his players after the match.");
        assertThat(t.getFirst().slug()).isEqualTo("sport");
        assertThat(t.getFirst().code()).isEqualTo("medtop:15000000");
    }

    @Test
    void scoresAnEarningsStoryAsEconomy() {
        List<TopicScore> t = topics.classify("Shares jump as profits beat forecasts",
                "The company said quarterly revenue rose 12%, and investors welcomed a higher dividend. "
                        + "Analysts expect the central bank to cut interest rates as inflation slows.");
        assertThat(t.getFirst().slug()).isEqualTo("economy-business-finance");
    }

    @Test
    void scoresAnEarthquakeAsDisaster() {
        List<TopicScore> t = topics.classify("Earthquake kills dozens in mountain villages",
                "Rescuers searched collapsed buildings for survivors after the quake. The death toll rose "
                        + "as emergency teams evacuated residents and aid workers reached the area.");
        assertThat(t.getFirst().slug()).isEqualTo("disaster-accident-emergency-incident");
    }

    @Test
    void givesScoresThatSumToAtMostOneBestFirst() {
        List<TopicScore> t = topics.classify("Court jails minister for corruption",
                "The judge sentenced the former minister to five years in prison for fraud and bribery, "
                        + "and the opposition party demanded new elections.");
        assertThat(t.getFirst().slug()).isEqualTo("crime-law-justice");
        assertThat(t.stream().mapToDouble(TopicScore::score).sum()).isLessThanOrEqualTo(1.0001);
        assertThat(t).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
    }

    @Test
    void returnsNoTopicForTextWithoutCues() {
        assertThat(topics.classify("Lorem ipsum", "Dolor sit amet.")).isEmpty();
    }

    @Test
    void neverLetsAWordOfSeveralSensesDecideATopicAlone() {
        // Arsenal the club: nothing else of war in the text, so the war lexicon's "arsenal" adds nothing
        List<TopicScore> club = topics.classify("Arsenal sign a new goalkeeper",
                "Arsenal confirmed the goalkeeper joins from Benfica. Arsenal fans welcomed the signing.");
        assertThat(club).extracting(TopicScore::slug).doesNotContain("conflict-war-peace");
        assertThat(topics.classify("Bank", "The bank.")).isEmpty();
        assertThat(topics.classify("Strike", "A strike.")).isEmpty();
    }

    @Test
    void sportInTheWordsOfWarOrLawIsNeverReadAsWarOrCrime() {
        // each of these words has a war, crime or disaster sense and a sporting one; none of them alone says which
        assertThat(topics.classify("Gunners attack",
                "Arsenal's attack fired three shots at goal before the Gunners' defence was breached by a late strike."))
                .extracting(TopicScore::slug).doesNotContain("conflict-war-peace");
        assertThat(topics.classify("Pitch invasion", "Fans staged a pitch invasion after the final whistle as "
                + "Rovers' defence held out against a late bombardment."))
                .extracting(TopicScore::slug).doesNotContain("conflict-war-peace");
        assertThat(topics.classify("Rebels", "The rebels in the Forest dressing room were bombed out of the side by "
                + "the new manager.")).extracting(TopicScore::slug).doesNotContain("conflict-war-peace");
        assertThat(topics.classify("Striker ruled out", "The striker has been fined two weeks' wages and ruled out "
                + "of Saturday's match after he was injured in training.")).extracting(TopicScore::slug)
                .doesNotContain("crime-law-justice", "disaster-accident-emergency-incident");
    }

    @Test
    void readsParliamentDebatingCrimeAsPolitics() {
        // the label policy: bills and policy on crime, prisons and sentencing are politics, however criminal the words
        assertThat(topics.classify("Peers amend crime bill", "Peers amended the crime bill to limit the power of "
                + "police to hold suspects, in a defeat for the home secretary.").getFirst().slug())
                .isEqualTo("politics");
        assertThat(topics.classify("Sentencing reform", "The justice secretary told MPs that the sentencing white "
                + "paper would send fewer offenders to prison.").getFirst().slug()).isEqualTo("politics");
    }

    @Test
    void aTermEndingInAStarDoesNotMatchWordsThatOnlyShareItsLetters() {
        // "author*" once read "the authorities" as arts, "elect*" "electronic" as politics, "pet*" "Peter" as human
        // interest, "sect*" "sector" as religion, "book*" "bookmakers" as arts: those terms now list their words
        TopicLexicon lexicon = TopicLexicon.bundled();
        assertThat(lexicon.shares("", "The authorities said Peter's electronic sector bookmakers opened.")).containsOnly(0.0);
        double[] named = lexicon.shares("", "The author spoke of the election.");
        assertThat(named[lexicon.slugs().indexOf("arts-culture-entertainment")]).isPositive();
        assertThat(named[lexicon.slugs().indexOf("politics")]).isPositive();
    }

    @Test
    void letsAWordOfSeveralSensesBackATopicOtherWordsSupport() {
        List<TopicScore> weapons = topics.classify("Russia shrinks its nuclear arsenal",
                "The nuclear arsenal will be cut under the disarmament treaty, and missile numbers fall.");
        List<TopicScore> withoutArsenal = topics.classify("Russia shrinks its nuclear stockpile",
                "The nuclear stockpile will be cut under the disarmament treaty, and missile numbers fall.");
        assertThat(weapons.getFirst().slug()).isEqualTo("conflict-war-peace");
        assertThat(weapons.getFirst().score()).isGreaterThan(withoutArsenal.getFirst().score());
        List<TopicScore> walkout = topics.classify("Workers strike over pay",
                "The union called a strike after wage talks failed; workers walked out at three plants.");
        assertThat(walkout.getFirst().slug()).isEqualTo("labour");
    }

    @Test
    void aRepeatedWordOfSeveralSensesAtMostDoublesWhatOtherWordsSay() {
        // "Labour" the party, eight times; one mention of "jobs" is all the labour topic has of its own, against
        // "voters", "election" and "leader" for politics
        String body = "Labour told voters Labour would win the election. Labour activists and the Labour leader said "
                + "Labour would create jobs. Labour, Labour.";
        List<TopicScore> t = TopicClassifier.lexiconOnly().classify("Labour's big day", body);
        assertThat(t.getFirst().slug()).isEqualTo("politics");
        assertThat(t).extracting(TopicScore::slug).contains("labour");   // backed, not erased
    }
}
