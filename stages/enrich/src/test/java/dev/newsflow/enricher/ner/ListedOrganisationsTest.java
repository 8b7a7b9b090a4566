package dev.newsflow.enricher.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Persons of the model's that an organisation list holds whole, on tags the model might have produced. */
class ListedOrganisationsTest {

    private static final Set<String> LISTED = Set.of("shell", "pemex", "rio tinto", "john lewis");
    private static final Set<String> GIVEN_NAMES = Set.of("John");
    private static final Set<String> TITLES = Set.of("Mr", "President");

    /** Sentences and their tags, alternately; returns the tags after the rule. */
    private static List<String[]> apply(String... sentencesAndTags) {
        TaggedLines doc = TaggedLines.of(sentencesAndTags);
        List<String[]> sentences = doc.sentences();
        List<String[]> tags = doc.tags();
        ListedOrganisations.retypePersons(sentences, tags,
                (w, from, to) -> LISTED.contains(Words.join(w, from, to).toLowerCase(Locale.ROOT)),
                (w, from, to) -> false, GIVEN_NAMES::contains, TITLES::contains);
        return tags;
    }

    @Test
    void aListedNameTypedAsAPersonIsTheOrganisation() {
        List<String[]> tags = apply(
                "SHELL , BP LIFT FTSE .", "B-PER O B-ORG O B-ORG O",
                "PEMEX OIL EXPORTS DROP .", "B-PER O O O O");
        assertThat(tags.get(0)).containsExactly("B-ORG", "O", "B-ORG", "O", "B-ORG", "O");
        assertThat(tags.get(1)).containsExactly("B-ORG", "O", "O", "O", "O");
    }

    @Test
    void aSignOfAPersonKeepsThePerson() {
        // a title before it, or its last word after a title elsewhere
        assertThat(apply("President Shell spoke .", "O B-PER O O").get(0))
                .containsExactly("O", "B-PER", "O", "O");
        assertThat(apply("Shell arrived .", "B-PER O O", "Mr Shell said so .", "O B-PER O O O").get(0))
                .containsExactly("B-PER", "O", "O");
        List<String[]> kin = apply("Her daughter Shell spoke .", "O O B-PER O O", "Shell 's hand .", "B-PER O O O");
        assertThat(kin.get(0)).containsExactly("O", "O", "B-PER", "O", "O");
        assertThat(kin.get(1)).containsExactly("B-PER", "O", "O", "O");
        // a given name opening it, ", who" after it
        assertThat(apply("John Lewis spoke .", "B-PER I-PER O O").get(0))
                .containsExactly("B-PER", "I-PER", "O", "O");
        assertThat(apply("Pemex , who sang , left .", "B-PER O O O O O O").get(0))
                .containsExactly("B-PER", "O", "O", "O", "O", "O", "O");
        // an unlisted name is left alone, and so are other types
        assertThat(apply("Bear Stearns fell .", "B-PER I-PER O O").get(0))
                .containsExactly("B-PER", "I-PER", "O", "O");
        assertThat(apply("Shell fell .", "B-LOC O O").get(0)).containsExactly("B-LOC", "O", "O");
    }

    @Test
    void theLastWordOfALongerNameUsedAloneAsAPersonKeepsThePerson() {
        assertThat(apply("Rio Tinto spoke .", "B-PER I-PER O O").get(0)).containsExactly("B-ORG", "I-ORG", "O", "O");
        List<String[]> tags = apply("Rio Tinto spoke .", "B-PER I-PER O O", "Tinto said so .", "B-PER O O O");
        assertThat(tags.get(0)).containsExactly("B-PER", "I-PER", "O", "O");
    }

    @Test
    void aNameWhosePossessiveOwnsACompanysThingsOrAPersonIsAnOrganisationInEveryMention() {
        List<String[]> tags = apply(
                "FERRARI 'S RAIKKONEN TAKES POLE .", "B-PER O B-PER O O O",
                "Ferrari 's Kimi Raikkonen took pole .", "B-PER O B-PER I-PER O O O",
                "Bear Stearns 's iron ore output rose .", "B-PER I-PER O O O O O O",
                "Shares in Bear Stearns fell .", "O O B-PER I-PER O O");
        assertThat(tags.get(0)).containsExactly("B-ORG", "O", "B-PER", "O", "O", "O");
        assertThat(tags.get(1)).containsExactly("B-ORG", "O", "B-PER", "I-PER", "O", "O", "O");
        assertThat(tags.get(2)).containsExactly("B-ORG", "I-ORG", "O", "O", "O", "O", "O", "O");
        assertThat(tags.get(3)).containsExactly("O", "O", "B-ORG", "I-ORG", "O", "O");
    }

    @Test
    void aPersonsPossessiveOfOtherThingsOrOneWithASignOfAPersonStaysAPerson() {
        // "wife" is no company's thing; punctuation ends the look; a title shows the person
        assertThat(apply("Smith 's wife , shares .", "B-PER O O O O O").get(0))
                .containsExactly("B-PER", "O", "O", "O", "O", "O");
        assertThat(apply("Mr Smith 's shares fell .", "O B-PER O O O O").get(0))
                .containsExactly("O", "B-PER", "O", "O", "O", "O");
    }

    @Test
    void aHoldingInAnotherCompanySaysNothingOfItsOwner() {
        // an investor's shares or stake: a person's as often as a firm's, so the surname stays a person
        List<String[]> musk = apply(
                "Musk 's shares in the carmaker rose .", "B-PER O O O O O O O",
                "Musk 's stake is large .", "B-PER O O O O O");
        assertThat(musk.get(0)).startsWith("B-PER", "O");
        assertThat(musk.get(1)).startsWith("B-PER", "O");
        // a company's own shares are still a company's, the founder's surname alone too
        List<String[]> caloi = apply(
                "Luigi Caloi founded it .", "B-PER I-PER O O O",
                "The family sold Caloi 's voting shares .", "O O O B-PER O O O O");
        assertThat(caloi.get(1)).containsExactly("O", "O", "O", "B-ORG", "O", "O", "O", "O");
    }
}
