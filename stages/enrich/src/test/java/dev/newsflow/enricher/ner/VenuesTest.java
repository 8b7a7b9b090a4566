package dev.newsflow.enricher.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Sports grounds typed as places, on tags the model might have produced. */
class VenuesTest {

    private static String[] venues(String line, String tags) {
        String[] t = tags.split(" ");
        Venues.apply(line.split(" "), t);
        return t;
    }

    @Test
    void aNameEndingInAWordThatNamesOnlyVenuesIsAPlace() {
        assertThat(venues("The trial begins at the Olympic Stadium in Rome", "O O O O O B-MISC I-MISC O B-LOC"))
                .containsExactly("O", "O", "O", "O", "O", "B-LOC", "I-LOC", "O", "B-LOC");
        assertThat(venues("Galle International Stadium hosts the test", "B-ORG I-ORG I-ORG O O O"))
                .containsExactly("B-LOC", "I-LOC", "I-LOC", "O", "O", "O");
        assertThat(venues("the final at the Stade de France", "O O O O B-MISC I-MISC I-MISC"))
                .containsExactly("O", "O", "O", "O", "B-LOC", "I-LOC", "I-LOC");
    }

    @Test
    void aNameEndingInParkLaneOrBridgeIsAPlaceAfterAt() {
        assertThat(venues("Spurs won 5-1 at White Hart Lane on Sunday", "B-ORG O O O B-ORG I-ORG I-ORG O O"))
                .containsExactly("B-ORG", "O", "O", "O", "B-LOC", "I-LOC", "I-LOC", "O", "O");
        assertThat(venues("At Trent Bridge :", "O B-ORG I-ORG O")).containsExactly("O", "B-LOC", "I-LOC", "O");
        // elsewhere such a name may be a body, a film or a company
        assertThat(venues("Jurassic Park took $ 50 million", "B-MISC I-MISC O O O O"))
                .containsExactly("B-MISC", "I-MISC", "O", "O", "O", "O");
    }

    @Test
    void leavesPersonsAlone() {
        assertThat(venues("coach Bruce Arena said", "O B-PER I-PER O")).containsExactly("O", "B-PER", "I-PER", "O");
        assertThat(venues("at Frank Field 's office", "O B-PER I-PER O O"))
                .containsExactly("O", "B-PER", "I-PER", "O", "O");
    }

    @Test
    void listedGroundsWithoutAVenueWordArePlaces() {
        assertThat(venues("Liverpool lost at Anfield", "B-ORG O O B-ORG")).containsExactly("B-ORG", "O", "O", "B-LOC");
        assertThat(venues("Pakistan at The Oval on Thursday", "B-LOC O O B-ORG O O"))
                .containsExactly("B-LOC", "O", "B-LOC", "I-LOC", "O", "O");
        assertThat(venues("the MCG was full", "O O O O")).containsExactly("O", "B-LOC", "O", "O");
    }
}
