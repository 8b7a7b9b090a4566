package dev.newsflow.enricher.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Peoples' adjectives and nouns typed as persons or places, on tags the model might have produced. */
class PeoplesTest {

    private static final Set<String> PEOPLES = Set.of("Roman", "Romans", "Ottoman", "Finn", "Vikings");

    private static List<String[]> apply(String... sentencesAndTags) {
        TaggedLines doc = TaggedLines.of(sentencesAndTags);
        Peoples.apply(doc.sentences(), doc.tags(), PEOPLES::contains, Set.of("Mr")::contains);
        return doc.tags();
    }

    @Test
    void aPeoplesAdjectiveOrPluralIsMisc() {
        List<String[]> tags = apply(
                "It holds Roman mosaics .", "O O B-PER O O",
                "The Romans built it under Ottoman rule .", "O B-LOC O O O B-LOC O O",
                "The Finn leads .", "O B-PER O O");
        assertThat(tags.get(0)).containsExactly("O", "O", "B-MISC", "O", "O");
        assertThat(tags.get(1)).containsExactly("O", "B-MISC", "O", "O", "O", "B-MISC", "O", "O");
        assertThat(tags.get(2)).containsExactly("O", "B-MISC", "O", "O");
    }

    @Test
    void aPersonsNameAClubOrAWordNotOfAPeopleIsLeftAlone() {
        // the word opens a person's name elsewhere in the document, or follows a title
        List<String[]> polanski = apply("Roman Polanski spoke .", "B-PER I-PER O O", "Roman said so .", "B-PER O O O");
        assertThat(polanski.get(1)).containsExactly("B-PER", "O", "O", "O");
        assertThat(apply("Mr Roman said so .", "O B-PER O O O").get(0)).containsExactly("O", "B-PER", "O", "O", "O");
        // organisations (a club named for a people), and a name before a capitalised word
        assertThat(apply("The Vikings won .", "O B-ORG O O").get(0)).containsExactly("O", "B-ORG", "O", "O");
        assertThat(apply("Ottoman Turks came .", "B-LOC I-LOC O O").get(0)).containsExactly("B-LOC", "I-LOC", "O", "O");
        assertThat(apply("Roman , who sang , left .", "B-PER O O O O O O").get(0)).startsWith("B-PER");
        assertThat(apply("Smith said .", "B-PER O O").get(0)).containsExactly("B-PER", "O", "O");
    }
}
