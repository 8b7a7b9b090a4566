package dev.newsflow.parser.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The metadata side's shortcuts must answer what the call they replace answers: each is compared with that call on
 * random strings drawn from the pieces that tell them apart (as {@link TextScansTest} does for the content side).
 */
class MetadataScansTest {

    private static String randomOf(Random random, String[] pieces, int maxPieces) {
        StringBuilder s = new StringBuilder();
        int n = random.nextInt(maxPieces + 1);
        for (int i = 0; i < n; i++) {
            s.append(pieces[random.nextInt(pieces.length)]);
        }
        return s.toString();
    }

    @Test
    void unwrappingJsonLdAnswersTheCdataRegexsReplacement() {
        String[] pieces = {"<![CDATA[", "]]>", "]]", "]", ">", "<!--", "-->", "--", " ", "\n", "\r\n", "\t", "\u0085",
                "\u2028", "{\"a\":1}", "x", "<![CDATA", "\u000b", "\f"};
        Random random = new Random(16);
        for (int i = 0; i < 200_000; i++) {
            String raw = randomOf(random, pieces, 8);
            assertThat(JsonLd.Builder.unwrap(raw)).as("%s", raw.codePoints().boxed().toList())
                    .isEqualTo(JsonLd.CDATA.matcher(raw).replaceAll(""));
        }
    }

    @Test
    void theWordCountsLetterTestIsJavasOnEveryCodePoint() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            assertThat(ArticleDraft.isLetterOrDigit(cp)).as("U+%04X", cp).isEqualTo(Character.isLetterOrDigit(cp));
        }
    }
}
