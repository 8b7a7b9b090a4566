package dev.newsflow.enricher.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private static List<String> words(String text) {
        return Tokenizer.tokens(text).stream().map(Token::text).toList();
    }

    @Test
    void keepsAbbreviationsAndSplitsClitics() {
        assertThat(words("Mr. Putin's U.S. visit didn't end."))
                .containsExactly("Mr.", "Putin", "'s", "U.S.", "visit", "did", "n't", "end", ".");
    }

    @Test
    void keepsInitialsHyphensAndNumbers() {
        assertThat(words("George W. Bush met al-Qaida's 1,500 fighters, Shi'ite leaders said."))
                .containsExactly("George", "W.", "Bush", "met", "al-Qaida", "'s", "1,500", "fighters", ",",
                        "Shi'ite", "leaders", "said", ".");
    }

    @Test
    void recordsCharacterOffsets() {
        String text = "Hello, Nato.";
        for (Token t : Tokenizer.tokens(text)) {
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
        }
    }

    @Test
    void splitsSentencesAtStopsAndLineBreaks() {
        assertThat(Tokenizer.sentences("Headline here\n\nMr. Bush spoke. He left!")).hasSize(3);
    }
}
