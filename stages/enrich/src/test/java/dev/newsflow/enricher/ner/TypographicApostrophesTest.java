package dev.newsflow.enricher.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Typographic apostrophes read as the training data writes them, the page's words left as they were. */
class TypographicApostrophesTest {

    private static String[] words(String text) {
        return Tokenizer.tokens(text).stream().map(Token::text).toArray(String[]::new);
    }

    @Test
    void readsATypographicApostropheAsTheTrainingDataWritesIt() {
        String[] written = words("Germany’s Bundesbank and O’Brien");
        List<String[]> read = TypographicApostrophes.asTrained(List.of(written, words("no apostrophe here")));
        assertThat(read.get(0)).containsExactly("Germany", "'s", "Bundesbank", "and", "O'Brien");
        assertThat(written).containsExactly("Germany", "’s", "Bundesbank", "and", "O’Brien");
    }

    @Test
    void returnsTheSentencesThemselvesWhenNoneHoldsOne() {
        List<String[]> sentences = List.<String[]>of(words("Britain's Tony Blair"));
        assertThat(TypographicApostrophes.asTrained(sentences)).isSameAs(sentences);
    }

    @Test
    void tagsAPossessiveWithATypographicApostropheAsOneWithAPlainOne() {
        // the model never saw "’s": "Germany ’s Bundesbank" came back as one place
        NerTagger tagger = NerTagger.bundled();
        String[] tags = tagger.tagDocument(List.<String[]>of(words("Germany’s Bundesbank left interest rates unchanged."))).getFirst();
        assertThat(tags).startsWith("B-LOC", "O", "B-ORG", "O");
    }
}
