package dev.newsflow.enricher.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    @Test
    void tokenisesAsTheRegexItWasWrittenWithOnRandomTrickyText() {
        // abbreviations, initials, clitics, grouped and decimal numbers, dashes and ellipses, letters and numbers of
        // other scripts and outside the BMP, combining marks, lone surrogates, soft hyphens, no-break spaces
        String[] pieces = {"U.S.", "a.m.", "A", "b", "Z", ".", "..", "...", "…", "-", "--", "'", "’", "s", "t", "n",
            "n't", "1", "23", "456", "1,500", ",", "000", "2.5", "&", "\u00ad", " ", "\n", "\u00a0", "\t", "\r",
            "\u000B", "\f", "Mr", "Dr", "jan", "St", "é", "中", "²", "Ⅻ", "٣", "𝐀", "𝟏", "😀", "\ud800", "\udc00",
            "\u0301", "!", "?", "(", "al-Qaida", "Shi'ite", "don't", "Putin's", "AT&T"};
        Random random = new Random(20261206);
        for (int round = 0; round < 50_000; round++) {
            StringBuilder text = new StringBuilder();
            int n = random.nextInt(10);
            for (int p = 0; p < n; p++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = text.toString();
            assertThat(Tokenizer.tokens(s)).as("text: %s", s.codePoints()
                    .mapToObj(c -> c < 128 && c >= 32 ? String.valueOf((char) c) : String.format("\\u%04x", c))
                    .reduce("", String::concat)).isEqualTo(RegexTokenizer.tokens(s));
        }
    }

    /** The tokenizer as it was written, with its regex: the reference for the scan that replaced the regex. */
    private static final class RegexTokenizer {

        private static final Pattern TOKEN = Pattern.compile(
                "(?:\\p{L}\\.){2,}(?:\\p{L}(?![\\p{L}.]))?"
                + "|\\p{N}{1,3}(?:,\\p{N}{3})+(?:\\.\\p{N}+)?"
                + "|[\\p{L}\\p{N}]+(?:[-'’.&\\u00ad][\\p{L}\\p{N}]+)*(?:-[\\p{L}\\p{N}]+)*"
                + "|--+|\\.\\.\\.+|…|\\S");

        private static final Set<String> ABBREVIATIONS = Set.of(
                "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sgt", "capt", "maj", "adm", "gov", "sen", "rep",
                "jr", "sr", "inc", "corp", "co", "ltd", "vs", "no", "prof", "rev", "mt", "ft", "jan", "feb", "mar",
                "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "bros", "dept", "est", "approx",
                "cmdr");

        private static final Set<String> CLITICS = Set.of("s", "re", "ll", "ve", "d", "m");

        static List<Token> tokens(String text) {
            List<Token> out = new ArrayList<>();
            Matcher m = TOKEN.matcher(text);
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                String word = m.group();
                int apos = Math.max(word.lastIndexOf('\''), word.lastIndexOf('’'));
                if (apos > 0 && apos < word.length() - 1) {
                    String tail = word.substring(apos + 1).toLowerCase(Locale.ROOT);
                    if (tail.equals("t") && apos > 1
                            && (word.charAt(apos - 1) == 'n' || word.charAt(apos - 1) == 'N')) {
                        out.add(new Token(word.substring(0, apos - 1), start, start + apos - 1));
                        out.add(new Token(word.substring(apos - 1), start + apos - 1, end));
                        continue;
                    }
                    if (CLITICS.contains(tail)) {
                        out.add(new Token(word.substring(0, apos), start, start + apos));
                        out.add(new Token(word.substring(apos), start + apos, end));
                        continue;
                    }
                }
                if (end < text.length() && text.charAt(end) == '.'
                        && Character.isLetter(word.charAt(word.length() - 1))
                        && (ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT))
                            || (word.length() == 1 && Character.isUpperCase(word.charAt(0))))) {
                    end++;
                    word = word + ".";
                    m.region(end, text.length());
                }
                out.add(new Token(word.indexOf('\u00ad') < 0 ? word : word.replace("\u00ad", ""), start, end));
            }
            return out;
        }
    }
}
