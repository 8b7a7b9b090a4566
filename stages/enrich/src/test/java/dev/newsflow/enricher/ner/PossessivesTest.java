package dev.newsflow.enricher.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Names the model ran over a possessive, cut where the document or the lists show two names. */
class PossessivesTest {

    private static final Set<String> PLACES = Set.of("Venezuela", "Ukraine", "France", "Britain");
    private static final Set<String> ORGANISATIONS = Set.of("NATO");

    /** The last line's tags after the rule; the lines before it are the rest of the document, as tagged. */
    private static String[] split(String... linesAndTags) {
        TaggedLines doc = TaggedLines.of(linesAndTags);
        List<String[]> sentences = doc.sentences();
        List<String[]> tags = doc.tags();
        Possessives.split(sentences, tags, PLACES::contains, ORGANISATIONS::contains);
        return tags.getLast();
    }

    @Test
    void cutsANameRunOverAPossessiveWhenTheDocumentNamesItsOwnerAlone() {
        assertThat(split("Siemens said on Monday", "B-ORG O O O",
                "Siemens 's Osram unit will cut jobs", "B-ORG I-ORG I-ORG O O O O"))
                .containsExactly("B-ORG", "O", "B-ORG", "O", "O", "O", "O");
        // "Odinga" ends a longer name of the document
        assertThat(split("Raila Odinga spoke", "B-PER I-PER O",
                "Odinga 's Orange Democratic Movement says", "B-ORG I-ORG I-ORG I-ORG I-ORG O"))
                .containsExactly("B-PER", "O", "B-ORG", "I-ORG", "I-ORG", "O");
    }

    @Test
    void cutsANameRunOverAPossessiveWhenTheListsHoldItsOwner() {
        assertThat(split("Venezuela 's Foreign Ministry accused HRW", "B-ORG I-ORG I-ORG I-ORG O B-ORG"))
                .containsExactly("B-LOC", "O", "B-ORG", "I-ORG", "O", "B-ORG");
    }

    @Test
    void findsTheOwnerAfterTheLastAndOfTheSpan() {
        assertThat(split("talks between Gazprom and Ukraine 's Naftogaz ended",
                "O O B-ORG I-ORG I-ORG I-ORG I-ORG O"))
                .containsExactly("O", "O", "B-ORG", "O", "B-LOC", "O", "B-ORG", "O");
    }

    @Test
    void takesThePossessiveOutOfTheEndOfANameThatAnotherFollows() {
        assertThat(split("The Bundesbank 's Axel Weber said", "O B-ORG I-ORG B-PER I-PER O"))
                .containsExactly("O", "B-ORG", "O", "B-PER", "I-PER", "O");
    }

    @Test
    void readsAPersonRunOverAPossessiveAsTwoNames() {
        assertThat(split("Britain 's Tony Blair said", "B-PER I-PER I-PER I-PER O"))
                .containsExactly("B-LOC", "O", "B-PER", "I-PER", "O");
    }

    @Test
    void leavesNamesThatHoldAPossessiveAlone() {
        assertThat(split("the Pakistan People 's Party said", "O B-ORG I-ORG I-ORG I-ORG O"))
                .containsExactly("O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O");
        // "McDonald" alone before its own "'s" says nothing of "McDonald" as a name
        assertThat(split("sales at McDonald 's rose", "O O B-ORG O O",
                "McDonald 's Corporation said", "B-ORG I-ORG I-ORG O"))
                .containsExactly("B-ORG", "I-ORG", "I-ORG", "O");
        assertThat(split("the Lord 's Resistance Army", "O B-ORG I-ORG I-ORG I-ORG"))
                .containsExactly("O", "B-ORG", "I-ORG", "I-ORG", "I-ORG");
        // "Lord 's", the cricket ground, ends the line: nothing follows its possessive
        assertThat(split("At Lord 's :", "O B-LOC I-LOC O")).containsExactly("O", "B-LOC", "I-LOC", "O");
    }

    @Test
    void splitsTwoCompaniesJoinedByAPossessiveInTaggedText() {
        // the model's one span "Toyota and France 's Renault"
        NerTagger tagger = NerTagger.bundled();
        String[] words = Tokenizer.tokens("The deal was signed by Japan's Toyota and France's Renault.").stream()
                .map(Token::text).toArray(String[]::new);
        assertThat(tagger.tagDocument(List.<String[]>of(words)).getFirst()).containsExactly(
                "O", "O", "O", "O", "O", "B-LOC", "O", "B-ORG", "O", "B-LOC", "O", "B-ORG", "O");
    }
}
