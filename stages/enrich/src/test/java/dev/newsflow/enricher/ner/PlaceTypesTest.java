package dev.newsflow.enricher.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Landmarks typed as organisations and persons typed as places, on tags the model might have produced. */
class PlaceTypesTest {

    private static final Set<String> PLACES = Set.of("Germany", "Russia", "Sudan", "Darfur");
    private static final Set<String> COUNTRIES = Set.of("Germany", "Russia", "Sudan");

    private static String[] landmarks(String sentence, String tags) {
        TaggedLines doc = TaggedLines.of(sentence, tags);
        PlaceTypes.landmarks(doc.sentences().get(0), doc.tags().get(0));
        return doc.tags().get(0);
    }

    private static String[] countriesWhole(String sentence, String tags) {
        TaggedLines doc = TaggedLines.of(sentence, tags);
        Set<String> countries = Set.of("Sri Lanka", "Czech Republic");
        PlaceTypes.countriesWhole(doc.sentences().get(0), doc.tags().get(0), countries::contains);
        return doc.tags().get(0);
    }

    private static List<String[]> owners(String... sentencesAndTags) {
        TaggedLines doc = TaggedLines.of(sentencesAndTags);
        PlaceTypes.countryOwners(doc.sentences(), doc.tags(), PLACES::contains, COUNTRIES::contains);
        return doc.tags();
    }

    @Test
    void aLandmarkTypedAsAnOrganisationIsAPlace() {
        assertThat(landmarks("He visits the Western Wall in Jerusalem .", "O O O B-ORG I-ORG O B-LOC O"))
                .containsExactly("O", "O", "O", "B-LOC", "I-LOC", "O", "B-LOC", "O");
        assertThat(landmarks("Crowds filled Tiananmen Square .", "O O B-PER I-PER O"))
                .containsExactly("O", "O", "B-LOC", "I-LOC", "O");
        // other heads, one word, and MISC are left alone
        assertThat(landmarks("Carnegie Hall said .", "B-ORG I-ORG O O")).containsExactly("B-ORG", "I-ORG", "O", "O");
        assertThat(landmarks("Wall said .", "B-ORG O O")).containsExactly("B-ORG", "O", "O");
    }

    @Test
    void anUnlistedOwnerOfACountryIsAPerson() {
        List<String[]> tags = owners(
                "The enemy was Hitler 's Germany .", "O O O B-LOC O B-LOC O",
                "Hitler lost .", "B-LOC O O");
        assertThat(tags.get(0)).containsExactly("O", "O", "O", "B-PER", "O", "B-LOC", "O");
        assertThat(tags.get(1)).containsExactly("B-PER", "O", "O");
        // a listed place owning a country's part, and an owner of an unlisted place, stay places
        assertThat(owners("Sudan 's Darfur region .", "B-LOC O B-LOC O O").get(0))
                .containsExactly("B-LOC", "O", "B-LOC", "O", "O");
        assertThat(owners("Kashmir 's Srinagar .", "B-LOC O B-LOC O").get(0))
                .containsExactly("B-LOC", "O", "B-LOC", "O");
    }

    @Test
    void twoNamesSideBySideThatTogetherNameACountryAreThatCountry() {
        // GMB's bootstrapped tags split both (33 of its 112 "Sri" a person before "Lanka" a place), the model learnt it
        assertThat(countriesWhole("Sri Lanka won .", "B-PER B-LOC O O")).containsExactly("B-LOC", "I-LOC", "O", "O");
        assertThat(countriesWhole("the Czech Republic scored", "O B-MISC B-LOC O"))
                .containsExactly("O", "B-LOC", "I-LOC", "O");
        // names side by side that make no listed country, and names apart, stay as they were
        assertThat(countriesWhole("Czech Prague wins", "B-MISC B-LOC O")).containsExactly("B-MISC", "B-LOC", "O");
        assertThat(countriesWhole("Sri and Lanka", "B-PER O B-LOC")).containsExactly("B-PER", "O", "B-LOC");
    }
}
