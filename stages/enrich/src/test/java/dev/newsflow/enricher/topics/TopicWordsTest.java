package dev.newsflow.enricher.topics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TopicWordsTest {

    private static final String REGEX = "[^\\p{L}\\p{N}'-]+";

    // letters and digits of every kind the regex names, and the separators around them: ASCII, accents, combining
    // marks (not letters), other numbers (², Ⅻ), letters and symbols outside the BMP, lone surrogates, punctuation
    private static final String[] PIECES = {
        "a", "Z", "é", "ß", "ǅ", "ʰ", "中", "9", "²", "Ⅻ", "٣", "'", "-", "’", " ", "  ", "\n", ".", ",", "!", "\t",
        "\u0301", "\u00ad", "_", "$", "😀", "𝐀", "\ud800", "\udc00", "word", "U.S.", "al-Qaida", "it's", "--"
    };

    @Test
    void givesWhatTheRegexSplitGivesOnRandomTrickyText() {
        Random random = new Random(20261206);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(12);
            for (int p = 0; p < pieces; p++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String s = text.toString();
            assertArrayEquals(s.split(REGEX), TopicWords.split(s), () -> "text: " + escaped(s));
        }
    }

    @Test
    void givesWhatTheRegexSplitGivesAtTheEdges() {
        for (String s : new String[] {"", " ", "!!!", "a", " a", "a ", " a b ", "a  b", "’s", "x’y"}) {
            assertArrayEquals(s.split(REGEX), TopicWords.split(s), () -> "text: " + escaped(s));
        }
    }

    private static String escaped(String s) {
        StringBuilder b = new StringBuilder();
        s.chars().forEach(c -> b.append(c < 128 && c >= 32 ? String.valueOf((char) c) : String.format("\\u%04x", c)));
        return b.toString();
    }
}
