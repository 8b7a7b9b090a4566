package dev.newsflow.parser.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/** The teaser-list walk counts a text node's characters without building its text: it must count what jsoup builds. */
class StrippedTextLengthTest {

    /** Characters jsoup and String.strip() treat differently: its whitespace, Java's, invisible ones, a surrogate pair. */
    private static final String[] PIECES = {"a", "Zé", " ", "  ", "\n", "\t", "\r", "\f", "\u00A0", "\u2003", "\u3000",
        "\u001C", "\u200B", "\u00AD", "\uD83D\uDE00", ",", "word", "\u0085", "\u2028"};

    @Test
    void countsWhatTheNormalisedStrippedTextHolds() {
        Random random = new Random(16);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder raw = new StringBuilder();
            int pieces = random.nextInt(12);
            for (int p = 0; p < pieces; p++) {
                raw.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String s = raw.toString();
            assertEquals(new TextNode(s).text().strip().length(), JunkBlocks.strippedTextLength(s),
                    () -> "for " + s.codePoints().mapToObj(c -> String.format("U+%04X", c)).toList());
        }
    }

    @Test
    void emptyAndBlankTextCountNothing() {
        assertEquals(0, JunkBlocks.strippedTextLength(""));
        assertEquals(0, JunkBlocks.strippedTextLength(" \n\u00A0\u200B\u2003 "));
        assertEquals("two word".length(), JunkBlocks.strippedTextLength("  two\n\n word "));
    }
}
