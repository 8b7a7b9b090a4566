package dev.newsflow.enricher.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Institutions' names the model split at a lower-case "on" or "to", joined where nothing says they are two names. */
class InstitutionNamesTest {

    /** The last line's tags after the rule; the lines before it are the rest of the document, as tagged. */
    private static String[] joined(String... linesAndTags) {
        TaggedLines doc = TaggedLines.of(linesAndTags);
        List<String[]> sentences = doc.sentences();
        List<String[]> tags = doc.tags();
        InstitutionNames.join(sentences, tags);
        return tags.getLast();
    }

    @Test
    void joinsAnInstitutionsNameSplitAtOnOrTo() {
        assertThat(joined("said Martin Indyk of the Council on Foreign Relations .",
                "O B-PER I-PER O O B-ORG O B-ORG I-ORG O"))
                .containsExactly("O", "B-PER", "I-PER", "O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O");
        assertThat(joined("the Committee to Protect Journalists says", "O B-ORG O B-ORG I-ORG O"))
                .containsExactly("O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O");
        // a MISC second part too: "the UN Commission on Human Rights"
        assertThat(joined("the UN Commission on Human Rights met", "O B-ORG I-ORG O B-MISC I-MISC O"))
                .containsExactly("O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O");
        // a one-word MISC before a lower-case word is the adjective of where the institution is, and "Olympic" the
        // name of what it is for
        assertThat(joined("the Intelligence Agency on Ukrainian territory", "O B-ORG I-ORG O B-MISC O"))
                .containsExactly("O", "B-ORG", "I-ORG", "O", "B-MISC", "O");
        assertThat(joined("the Committee on Olympic Games said", "O B-ORG O B-MISC O O"))
                .containsExactly("O", "B-ORG", "I-ORG", "I-ORG", "O", "O");
    }

    @Test
    void theTaggerGivesOneNameWhereTheModelReadsTwo() {
        NerTagger tagger = NerTagger.bundled();
        String[] words = Tokenizer.tokens("Martin Indyk of the Council on Foreign Relations said so .").stream()
                .map(Token::text).toArray(String[]::new);
        // GMB writes such names as two, and the model learnt it
        assertThat(tagger.tag(words)).containsSubsequence("B-ORG", "O", "B-ORG");
        assertThat(tagger.tagDocument(List.<String[]>of(words)).getFirst())
                .containsExactly("B-PER", "I-PER", "O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O");
    }

    @Test
    void joinsCapitalisedWordsTheModelLeftUntagged() {
        assertThat(joined("the Center on Poverty and Inequality found", "O B-ORG O O O O O"))
                .containsExactly("O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O");
        // but not a day or a month, and a connector does not end the name: "on Monday", "on Missing and"
        assertThat(joined("the Council on Monday approved", "O B-ORG O O O"))
                .containsExactly("O", "B-ORG", "O", "O", "O");
        assertThat(joined("the Commission on Missing and injured", "O B-ORG O O O O"))
                .containsExactly("O", "B-ORG", "I-ORG", "I-ORG", "O", "O");
    }

    @Test
    void leavesAPlaceAfterTheOnAlone() {
        // the council talking about Iraq
        assertThat(joined("a vote in the Security Council on Iraq", "O O O O B-ORG I-ORG O B-LOC"))
                .containsExactly("O", "O", "O", "O", "B-ORG", "I-ORG", "O", "B-LOC");
    }

    @Test
    void leavesANameTheDocumentAlsoUsesOnItsOwn() {
        assertThat(joined("Hamas fired rockets", "B-ORG O O",
                "a statement by the Security Council on Hamas", "O O O O B-ORG I-ORG O B-ORG"))
                .containsExactly("O", "O", "O", "O", "B-ORG", "I-ORG", "O", "B-ORG");
    }

    @Test
    void joinsOnlyAfterAnInstitutionsNoun() {
        // "NATO on Monday", "Siemens to Osram": the first name is no institution's noun
        assertThat(joined("talks from Siemens to Osram", "O O B-ORG O B-ORG"))
                .containsExactly("O", "O", "B-ORG", "O", "B-ORG");
        // nor after "for" or "in", which the model already reads ("Institute for Fiscal Studies")
        assertThat(joined("the Security Council in New York", "O B-ORG I-ORG O B-LOC I-LOC"))
                .containsExactly("O", "B-ORG", "I-ORG", "O", "B-LOC", "I-LOC");
    }
}
