package dev.newsflow.enricher.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Names the model ran together over "and", cut where the lists or the document show a name in each part. */
class CoordinationsTest {

    private static final Map<String, String> LISTED = Map.of("India", "LOC", "Pakistan", "LOC", "Gaza Strip", "LOC",
            "Egypt", "LOC", "Reuters", "ORG", "Trinidad and Tobago", "LOC", "Trinidad", "LOC", "Muslims", "MISC",
            "Bosnia and Herzegovina", "LOC", "Bosnia", "LOC");
    private static final Set<String> GIVEN_NAMES = Set.of("Latif", "Mohammad", "Ernst");

    // the lists ignore case, as the gazetteer does ("INDIA" in a headline)
    private static String listed(String name) {
        return LISTED.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    /** The last line's tags after the rule; the lines before it are the rest of the document, as tagged. */
    private static String split(String... linesAndTags) {
        TaggedLines doc = TaggedLines.of(linesAndTags);
        List<String[]> sentences = doc.sentences();
        List<String[]> tags = doc.tags();
        Coordinations.split(sentences, tags,
                (words, from, to) -> listed(Words.join(words, from, to)), GIVEN_NAMES::contains);
        return String.join(" ", tags.getLast());
    }

    @Test
    void cutsListedNamesJoinedByAnd() {
        assertThat(split("talks between India and Pakistan", "O O B-ORG I-ORG I-ORG"))
                .isEqualTo("O O B-LOC O B-LOC");
        assertThat(split("the Gaza Strip and Egypt", "O B-ORG I-ORG I-ORG I-ORG"))
                .isEqualTo("O B-LOC I-LOC O B-LOC");
        assertThat(split("India , Pakistan and Egypt", "B-ORG I-ORG I-ORG I-ORG I-ORG"))
                .isEqualTo("B-LOC O B-LOC O B-LOC");
    }

    @Test
    void cutsWhereTheDocumentTagsEachPartAlone() {
        assertThat(split("Bloomberg reported it first", "B-ORG O O O O",
                "Bloomberg and Reuters reported", "B-ORG I-ORG I-ORG O"))
                .isEqualTo("B-ORG O B-ORG O");
        assertThat(split("output at Los Bronces rose", "O O B-LOC I-LOC O",
                "Mantos Blancos was shut", "B-LOC I-LOC O O",
                "Los Bronces and Mantos Blancos", "B-ORG I-ORG I-ORG I-ORG I-ORG"))
                .isEqualTo("B-LOC I-LOC O B-LOC I-LOC");
        // persons: each part opens with a given name
        assertThat(split("Latif Hakimi and Mohammad Yasir said", "B-ORG I-ORG I-ORG I-ORG I-ORG O"))
                .isEqualTo("B-PER I-PER O B-PER I-PER O");
    }

    @Test
    void keepsANameThatHoldsItsAnd() {
        // listed whole, though a part is listed too
        assertThat(split("Trinidad and Tobago won", "B-LOC I-LOC I-LOC O")).isEqualTo("B-LOC I-LOC I-LOC O");
        assertThat(split("Bosnia and Herzegovina", "B-LOC I-LOC I-LOC")).isEqualTo("B-LOC I-LOC I-LOC");
        // a part that is no name on its own
        assertThat(split("Procter and Gamble", "B-ORG I-ORG I-ORG")).isEqualTo("B-ORG I-ORG I-ORG");
        assertThat(split("Ernst and Young", "B-ORG I-ORG I-ORG")).isEqualTo("B-ORG I-ORG I-ORG");
        assertThat(split("the Department of Health said", "O B-ORG I-ORG I-ORG O",
                "Department of Health and Human Services", "B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG"))
                .isEqualTo("B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG");
        assertThat(split("Food and Agriculture Organization", "B-ORG I-ORG I-ORG I-ORG"))
                .isEqualTo("B-ORG I-ORG I-ORG I-ORG");
        // "&" joins one company's name
        assertThat(split("Reuters said", "B-ORG O", "Marks & Spencer", "B-ORG I-ORG I-ORG"))
                .isEqualTo("B-ORG I-ORG I-ORG");
    }

    @Test
    void cutsTeamsJoinedByVersusAndTheHeadlinesWordsAfterThem() {
        assertThat(split("CRICKET - INDIA V PAKISTAN SCOREBOARD .", "O O B-ORG I-ORG I-ORG I-ORG O"))
                .isEqualTo("O O B-LOC O B-LOC O O");
        assertThat(split("India vs Pakistan", "B-ORG I-ORG I-ORG")).isEqualTo("B-LOC O B-LOC");
        // a Roman numeral is no "versus", and a part that is no name keeps the span
        assertThat(split("Charles V of Spain", "B-PER I-PER I-PER I-PER")).isEqualTo("B-PER I-PER I-PER I-PER");
        assertThat(split("Henry V", "B-PER I-PER")).isEqualTo("B-PER I-PER");
    }

    @Test
    void anAndAtASpansEdgeLeavesIt() {
        assertThat(split("Hindus and Muslims", "O B-ORG I-ORG")).isEqualTo("O O B-MISC");
        assertThat(split("India and China", "B-LOC I-LOC O")).isEqualTo("B-LOC O O");
    }

    @Test
    void theTaggerCutsCoordinatedPlaces() {
        NerTagger tagger = NerTagger.bundled();
        // the model alone reads both as one organisation, as GMB's tags often write them
        String[] words = "India and Pakistan resumed peace talks on Tuesday .".split(" ");
        assertThat(tagger.tagDocument(List.<String[]>of(words)).getFirst())
                .containsExactly("B-LOC", "O", "B-LOC", "O", "O", "O", "O", "O", "O");
        words = "They opened the border crossing between the Gaza Strip and Egypt .".split(" ");
        assertThat(tagger.tagDocument(List.<String[]>of(words)).getFirst())
                .containsExactly("O", "O", "O", "O", "O", "O", "O", "B-LOC", "I-LOC", "O", "B-LOC", "O");
    }
}
