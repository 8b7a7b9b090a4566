package dev.newsflow.parser.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/**
 * The hand-written scans that replace a slower library call must answer what the call answers: each is compared with
 * the call it replaces on random strings drawn from the characters that tell them apart (jsoup's whitespace, Java's
 * other whitespace, invisible characters, surrogates, letters outside ASCII).
 */
class TextScansTest {

    private static final String TRICKY = " \t\n\f\r\u00a0\u000b\u001c\u1680\u2003\u2007\u200b\u00ad\u202f\u3000\u2028"
            + "aZ_9,.-'\u00e9\u0130\u212a\ud83d\ude00\ud83d";

    private static String randomText(Random random) {
        StringBuilder s = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            s.append(TRICKY.charAt(random.nextInt(TRICKY.length())));
        }
        return s.toString();
    }

    @Test
    void strippedTextLengthIsTheLengthOfJsoupsTextStripped() {
        Random random = new Random(16);
        for (int i = 0; i < 200_000; i++) {
            String raw = randomText(random);
            assertThat(JunkBlocks.strippedTextLength(raw)).as("%s", raw.codePoints().boxed().toList())
                    .isEqualTo(new TextNode(raw).text().strip().length());
        }
    }

    @Test
    void similarityIsReadabilitysWithTheRegexSplit() {
        Pattern nonWord = Pattern.compile("\\W+");
        Random random = new Random(6);
        for (int i = 0; i < 100_000; i++) {
            String a = randomText(random) + randomText(random);
            String b = randomText(random) + randomText(random);
            assertThat(TextSimilarity.of(a, b)).as("%s | %s", a, b).isEqualTo(similarityBySplit(nonWord, a, b));
        }
    }

    /** TextSimilarity as it was written first: words by splitting at the regex. */
    private static double similarityBySplit(Pattern nonWord, String a, String b) {
        Set<String> ta = new HashSet<>(split(nonWord, a));
        List<String> tb = split(nonWord, b);
        if (ta.isEmpty() || tb.isEmpty()) {
            return 0;
        }
        int uniqLen = 0;
        int totalLen = 0;
        for (String w : tb) {
            totalLen += w.length() + 1;
            if (!ta.contains(w)) {
                uniqLen += w.length() + 1;
            }
        }
        return 1 - (double) uniqLen / totalLen;
    }

    private static List<String> split(Pattern nonWord, String s) {
        List<String> out = new ArrayList<>();
        for (String w : nonWord.split(s.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
