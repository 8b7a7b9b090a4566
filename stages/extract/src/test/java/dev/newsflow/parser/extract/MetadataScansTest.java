package dev.newsflow.parser.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Random;
import java.util.regex.Pattern;
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

    @Test
    void parsingAWholeDateAsAFormatAnswersWhatTheThrowingParseAnswers() {
        String[] pieces = {"2024", "-", "05", "02", "30", "13", "T", ":", "08", "59", "60", ".", "123", "Z", "+", "02:00",
                "+0200", " ", "Thu, ", "Tue, ", "1", "May", "Feb", "GMT", "EST", "x", "999999999"};
        Random random = new Random(16);
        for (int i = 0; i < 200_000; i++) {
            String s = randomOf(random, pieces, 10);
            OffsetDateTime offset;
            try {
                offset = OffsetDateTime.parse(s);
            } catch (DateTimeParseException e) {
                offset = null;
            }
            ZonedDateTime zoned;
            try {
                zoned = ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME);
            } catch (DateTimeParseException e) {
                zoned = null;
            }
            assertThat((OffsetDateTime) DateParsing.parseWhole(DateParsing.ISO_OFFSET, s)).as(s).isEqualTo(offset);
            assertThat((ZonedDateTime) DateParsing.parseWhole(DateParsing.RFC_1123, s)).as(s).isEqualTo(zoned);
        }
        // the generator does make both forms
        assertThat((OffsetDateTime) DateParsing.parseWhole(DateParsing.ISO_OFFSET, "2024-05-02T08:30:00+02:00")).isNotNull();
        assertThat((ZonedDateTime) DateParsing.parseWhole(DateParsing.RFC_1123, "Thu, 2 May 2024 08:30:00 GMT")).isNotNull();
    }

    @Test
    void aProseDateNeedsFourDigitsInARow() {
        assertThat(DateParsing.hasYear("21 October, 2001")).isTrue();
        assertThat(DateParsing.hasYear("21 October, 201")).isFalse();
        assertThat(DateParsing.hasYear("٢٠٠١ 21 October")).isFalse(); // Arabic-Indic digits are no \d without the U flag
        assertThat(DateParsing.parseProse("21 October, 201")).isNull();
        assertThat(DateParsing.parseProse("Sunday, 21 October, 2001, 18:52 GMT")).isEqualTo(java.time.Instant.parse("2001-10-21T18:52:00Z"));
    }

    @Test
    void splittingAtWhitespaceAnswersTheRegexsSplit() {
        String[] pieces = {"author", "og:title", "a", " ", "\t", "\n", "\u000b", "\f", "\r", "\u00a0", "\u2003", "\u001c"};
        Pattern whitespace = Pattern.compile("\\s+");
        Random random = new Random(16);
        for (int i = 0; i < 200_000; i++) {
            String s = randomOf(random, pieces, 6);
            assertThat(MetadataCandidates.whitespaceSplit(s)).as("%s", s.codePoints().boxed().toList())
                    .containsExactly(whitespace.split(s));
        }
    }

    @Test
    void theWordCountCountsRunsOfLettersAndDigits() {
        String[] pieces = {"a", "Z", "9", " ", ",", "\n", "é", "ж", "中", "\u00a0", "-", "\ud83d\ude00", "\ud835\udfce", "'"};
        Random random = new Random(16);
        for (int i = 0; i < 100_000; i++) {
            ArticleDraft d = new ArticleDraft();
            d.body = randomOf(random, pieces, 12);
            int expected = 0;
            boolean inWord = false;
            for (char c : d.body.toCharArray()) {
                boolean letter = Character.isLetterOrDigit(c);
                if (letter && !inWord) {
                    expected++;
                }
                inWord = letter;
            }
            assertThat(d.wordCount()).as("%s", d.body.codePoints().boxed().toList()).isEqualTo(expected);
        }
    }

    @Test
    void aBylineTheDateRegexMatchesIsOneThatMayHoldADate() {
        String[] pieces = {"By ", "Jane", "DOE", "March", "sept.", "Mai", "août", " ", ".", ",", "1", "9", "Mon", "TUES", "day",
                "DAY", "dAy", "\u0661", "\u212a", "\u0130", "ſ", "ÿ", "Ÿ", "x"};
        Random random = new Random(16);
        int dated = 0;
        for (int i = 0; i < 200_000; i++) {
            String s = randomOf(random, pieces, 6);
            if (Bylines.DATE_START.matcher(s).find()) {
                dated++;
                assertThat(Bylines.mayHoldDate(s)).as("%s", s).isTrue();
            }
        }
        assertThat(dated).isGreaterThan(1000);
    }
}
